// Where the hosts find the engine's helper threads: beside their own built entry point (out/main),
// or as TypeScript source for runs without a build (tests, benchmarks); and how every thread of
// the engine is started. Kept apart from the import and the database code, so that the Electron
// main process does not bundle them to ask.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Where the import's row thread is, and from what file size it pays to start it. */
export interface RowsWorkerOptions {
  file: string;
  minBytes: number;
}

export interface CoreWorkers {
  /** Reads and checks a large import file while the engine writes; without it rows are read in the engine's thread. */
  importRows?: RowsWorkerOptions;
  /** Copies a large commit's write-ahead log into the registry file; without it SQLite copies it inside the commit. */
  checkpoint?: string;
}

/** Below this size a file is read faster than a thread starts (~10,000 members of CSV). */
export const ROWS_WORKER_MIN_BYTES = 4 * 2 ** 20;

/** The threads from their TypeScript source: the dev-*.cjs loaders run them through tsx. */
export function sourceWorkers(rowsMinBytes = ROWS_WORKER_MIN_BYTES): Required<CoreWorkers> {
  return {
    importRows: { file: path.join(__dirname, 'import', 'rows', 'dev-worker.cjs'), minBytes: rowsMinBytes },
    checkpoint: path.join(__dirname, 'db', 'dev-checkpoint-worker.cjs'),
  };
}

/** The bundled threads beside a built entry point, those the build made. */
export function bundledWorkers(dir: string): CoreWorkers {
  const rows = path.join(dir, 'import-worker.js');
  const checkpoint = path.join(dir, 'checkpoint-worker.js');
  return {
    importRows: fs.existsSync(rows) ? { file: rows, minBytes: ROWS_WORKER_MIN_BYTES } : undefined,
    checkpoint: fs.existsSync(checkpoint) ? checkpoint : undefined,
  };
}

/**
 * Starts one of the engine's threads. Not with the host's own Node flags (a thread inherits them):
 * a host run through tsx would load its TypeScript loader into every thread, ~0.1 s more before
 * the first line runs. The built threads need no loader; the source ones load tsx themselves.
 */
export function startThread(script: string, workerData: unknown): Worker {
  return new Worker(script, { workerData, execArgv: [] });
}
