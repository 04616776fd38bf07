import type { ArgsIn, MethodName, Result } from '../../../shared/api/contract';
import type { ApiEvents, EventName } from '../../../shared/api/events';
import { ApiError, unwrapEnvelope } from './apiError';
import { createBrowserTransport } from './browserTransport';
import { createDesktopTransport } from './desktopTransport';
import { newJobId } from './jobId';
import { API_TEXT } from './strings';
import type { Transport } from './transport';

export interface SendOptions {
  /** Receives the engine's progress reports for this call. */
  onProgress?: (progress: ApiEvents['job.progress']) => void;
  /** Aborting asks the engine to stop this call (`jobs.cancel`). */
  signal?: AbortSignal;
}

let transport: Transport | null = null;

/** Chosen once: the Electron preload bridge if present, HTTP + SSE otherwise. */
function getTransport(): Transport {
  transport ??= window.profreestr
    ? createDesktopTransport(window.profreestr)
    : createBrowserTransport();
  return transport;
}

/** Listens to an engine event; returns the function that stops listening. */
export function subscribe<E extends EventName>(
  event: E,
  cb: (payload: ApiEvents[E]) => void,
): () => void {
  // The hosts forward only the events declared in the contract, so the payload has this shape.
  return getTransport().on(event, (payload) => cb(payload as ApiEvents[E]));
}

/**
 * Calls one API method. Rejects with ApiError (Russian message) when the engine refuses.
 * After abort the promise still settles with the engine's real outcome: usually the `cancelled`
 * error, but a call that finished before the cancel arrived resolves normally, so the page never
 * believes a file is closed when it was in fact opened.
 */
export async function send<N extends MethodName>(
  name: N,
  args: ArgsIn<N>,
  options: SendOptions = {},
): Promise<Result<N>> {
  const { onProgress, signal } = options;
  if (signal?.aborted) throw new ApiError('cancelled', API_TEXT.cancelled);

  const jobId = newJobId();
  // Subscribe before the call starts so the first progress report is not missed.
  const stopProgress = onProgress
    ? subscribe('job.progress', (progress) => {
        if (progress.jobId === jobId) onProgress(progress);
      })
    : undefined;
  const cancel = (): void => {
    send('jobs.cancel', { jobId }).catch(() => {
      // The call may already be over; nothing to cancel then.
    });
  };
  signal?.addEventListener('abort', cancel, { once: true });

  try {
    const envelope = await getTransport().invoke(name, args, jobId);
    // The contract ties each method to its result type; the engine is the one that checks it.
    return unwrapEnvelope(envelope) as Result<N>;
  } finally {
    stopProgress?.();
    signal?.removeEventListener('abort', cancel);
  }
}
