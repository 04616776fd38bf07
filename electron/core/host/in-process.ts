import type { EventMessage } from '../../../shared/api/events';
import type { CoreOptions } from '../context';
import { createCore } from '../create-core';
import { inProcessClient, type CoreClient } from './client';

/** Creates an engine in this thread together with a client that receives its events. */
export function inProcessCore(options: Omit<CoreOptions, 'emit'>): CoreClient {
  const listeners = new Set<(event: EventMessage) => void>();
  const core = createCore({
    ...options,
    emit: (name, payload) => {
      for (const listener of listeners) listener({ name, payload } as EventMessage);
    },
  });
  return inProcessClient(core, listeners);
}
