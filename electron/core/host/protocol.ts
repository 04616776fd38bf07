import type { Envelope } from '../../../shared/api/errors';
import type { EventMessage } from '../../../shared/api/events';
import type { CoreOptions } from '../context';

/** What a host passes to the engine's worker thread at start. */
export type WorkerInit = Omit<CoreOptions, 'emit'>;

export type ToWorker =
  | { type: 'call'; id: number; name: string; args: unknown; jobId: string | null }
  | { type: 'close' };

export type FromWorker =
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: EventMessage }
  | { type: 'closed' };
