import type { Database } from 'better-sqlite3';
import type { ApiEvents, EventName } from '../../shared/api/events';
import type { CoreWorkers } from './workers';

/** What a host gives the engine. */
export interface CoreOptions {
  /** A folder the engine may write to: the demo region and the recent-files list live there. */
  dataDir: string;
  mode: 'desktop' | 'browser' | 'cli';
  /** Whether opened files join the recent list (not for one-off CLI runs). Default true. */
  keepRecent?: boolean;
  /** better-sqlite3's addon for this runtime, when it is not the default Node build. */
  nativeBinding?: string;
  /** The engine's helper threads (bundled beside the host, or from source): workers.ts. */
  workers?: CoreWorkers;
  /** Pushes an event to the UI (IPC, server-sent events, or nowhere in the CLI). */
  emit?: <E extends EventName>(name: E, payload: ApiEvents[E]) => void;
}

/** Per-call context: progress and cancellation for long work. */
export interface CallContext {
  jobId: string | null;
  signal: AbortSignal;
  progress(title: string, done: number, total: number | null): void;
}

/** The registry file currently open in this engine. */
export interface OpenRegistry {
  db: Database;
  path: string;
}

/** The engine's mutable state, shared by the feature handlers. */
export interface CoreState {
  readonly options: CoreOptions;
  registry: OpenRegistry | null;
}
