// Where the hosts find the import's row thread: beside their own built entry point. Kept apart
// from the import so that the Electron main process does not bundle the import to ask this.
import fs from 'node:fs';
import path from 'node:path';

/** Where the row thread's script is, and from what file size it pays to start it. */
export interface RowsWorkerOptions {
  file: string;
  minBytes: number;
}

/** Below this size a file is read faster than a thread starts (~10,000 members of CSV). */
export const ROWS_WORKER_MIN_BYTES = 4 * 2 ** 20;

/** The row thread from its TypeScript source (tests, benchmarks): dev-worker.cjs loads it through tsx. */
export function sourceRowsWorker(minBytes = ROWS_WORKER_MIN_BYTES): RowsWorkerOptions {
  return { file: path.join(__dirname, 'dev-worker.cjs'), minBytes };
}

/** The bundled row thread beside a built entry point (out/main), when the build made one. */
export function bundledRowsWorker(dir: string): RowsWorkerOptions | undefined {
  const file = path.join(dir, 'import-worker.js');
  return fs.existsSync(file) ? { file, minBytes: ROWS_WORKER_MIN_BYTES } : undefined;
}
