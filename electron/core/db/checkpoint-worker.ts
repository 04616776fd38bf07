// The thread that copies a large commit's write-ahead log into the registry file (checkpoint.ts).
// Its own connection: SQLite lets a checkpoint run beside the engine's reads and writes.
import BetterSqlite3 from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckpointInit, CheckpointResult } from './checkpoint';

const { file, nativeBinding } = workerData as CheckpointInit;
const db = new BetterSqlite3(file, { fileMustExist: true, nativeBinding });
try {
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as CheckpointResult[];
  parentPort?.postMessage(result);
} finally {
  db.close();
}
