import { ApiError } from './apiError';
import { API_TEXT } from './strings';
import type { Transport } from './transport';

/** Electron: the preload's bridge carries calls over IPC. */
export function createDesktopTransport(bridge: ProfreestrBridge): Transport {
  return {
    async invoke(name, args, jobId) {
      try {
        return await bridge.invoke(name, args, jobId);
      } catch {
        // IPC itself failed (the main process answers every call with an envelope otherwise).
        throw new ApiError('internal', API_TEXT.desktopFailed);
      }
    },
    on(event, cb) {
      return bridge.on(event, cb);
    },
  };
}
