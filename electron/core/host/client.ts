import type { Envelope } from '../../../shared/api/errors';
import type { EventMessage } from '../../../shared/api/events';
import type { Core } from '../create-core';

/** How a host talks to the engine, in a worker thread or in the same thread. */
export interface CoreClient {
  call(name: string, args: unknown, jobId?: string | null): Promise<Envelope<unknown>>;
  onEvent(listener: (event: EventMessage) => void): () => void;
  close(): Promise<void>;
}

/**
 * The engine in the caller's own thread, for tests and the CLI. `listeners` must be the set the
 * core's `emit` option feeds (see inProcessCore).
 */
export function inProcessClient(core: Core, listeners: Set<(event: EventMessage) => void>): CoreClient {
  return {
    call: (name, args, jobId = null) => core.call(name, args, jobId),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => core.close(),
  };
}
