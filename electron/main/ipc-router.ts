import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Args } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import { AppError } from '../../shared/api/errors';
import { INVOKE_CHANNEL } from '../../shared/api/ipc';
import { parseCall } from '../../shared/api/validate';
import type { CoreClient } from '../core/host/client';
import { toErrorData } from '../core/errors';
import { MAIN_TEXT } from './strings';
import { isTrustedUrl } from './trust';


export interface RouterDeps {
  client: CoreClient;
  /** The one window whose page may call the API. */
  window: () => WebContents | null;
  devServerUrl?: string;
  /** Methods the desktop shell answers itself (native dialogs). */
  hostMethods: {
    'host.fileDialog': (args: { mode: 'open' | 'create' }) => Promise<Envelope<unknown>>;
    'host.print': (args: { mode: 'printer' | 'pdf'; fileName: string }) => Promise<Envelope<unknown>>;
    'host.chooseFile': (args: Args<'host.chooseFile'>) => Promise<Envelope<unknown>>;
  };
}

/**
 * The single IPC entry: checks who is calling (our window, our page's origin), validates the
 * method name and arguments against the contract, then hands the call to the engine's thread.
 */
export function installIpcRouter(deps: RouterDeps): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, args: unknown, jobId: unknown) => {
    const trusted = event.sender === deps.window() && isTrustedUrl(event.senderFrame?.url, deps.devServerUrl);
    if (!trusted) return { ok: false, error: new AppError('bad_args', MAIN_TEXT.errors.untrustedSender).toData() };
    try {
      const call = parseCall(name, args);
      if (call.name === 'host.fileDialog') {
        return await deps.hostMethods['host.fileDialog'](call.args as { mode: 'open' | 'create' });
      }
      if (call.name === 'host.chooseFile') {
        return await deps.hostMethods['host.chooseFile'](call.args as Args<'host.chooseFile'>);
      }
      if (call.name === 'host.print') {
        return await deps.hostMethods['host.print'](call.args as { mode: 'printer' | 'pdf'; fileName: string });
      }
      return await deps.client.call(call.name, call.args, typeof jobId === 'string' ? jobId : null);
    } catch (err) {
      return { ok: false, error: toErrorData(err) };
    }
  });
}
