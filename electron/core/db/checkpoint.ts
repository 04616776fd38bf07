// A commit is durable once its write-ahead log is on disk; copying the log into the registry
// file (a checkpoint) is housekeeping. SQLite does it inside the commit that fills the log, which
// after a large import means copying ~100 MB again while the user waits (a first load of 200,000
// members: 0.15–0.3 s of its ~0.4 s commit). A large commit's log is copied by a thread of its
// own instead; the engine answers, reads and writes meanwhile, as WAL allows.
import type { Database } from 'better-sqlite3';
import type { Worker } from 'node:worker_threads';
import { startThread } from '../workers';

export interface CheckpointInit {
  file: string;
  nativeBinding?: string;
}

/** What PRAGMA wal_checkpoint reports: pages in the log, and how many of them are in the file now. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/** Checkpoint threads still copying, by registry file. */
const running = new Map<string, Promise<CheckpointResult | null>>();

/** The checkpoint thread still copying this file's log, if any (tests; closing waits for nothing). */
export function checkpointRunning(file: string): Promise<CheckpointResult | null> | null {
  return running.get(file) ?? null;
}

/** Copies the log into the file in a thread; resolves with what it did, or null if it could not
 * (the log then stays until SQLite's next checkpoint, as after a crash: nothing is lost). */
export function checkpointInBackground(script: string, init: CheckpointInit): Promise<CheckpointResult | null> {
  return new Promise((resolve) => {
    let result: CheckpointResult | null = null;
    let worker: Worker;
    try {
      worker = startThread(script, init);
    } catch {
      resolve(null);
      return;
    }
    worker.on('message', (msg: CheckpointResult) => (result = msg));
    worker.on('error', () => (result = null));
    worker.on('exit', () => resolve(result));
  });
}

/**
 * Commits the open transaction of `init.file`. Given a checkpoint thread (`script`: the caller
 * knows the commit is large), the log is copied there after the commit returns, and the promise
 * tells when that is done; otherwise SQLite copies it inside the commit when the log is long
 * enough, as always, and the result is null.
 */
export function commitWithCheckpoint(db: Database, init: CheckpointInit, script: string | null): Promise<CheckpointResult | null> | null {
  if (script === null) {
    db.exec('COMMIT');
    return null;
  }
  const every = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    db.exec('COMMIT');
  } finally {
    db.pragma(`wal_autocheckpoint = ${every}`);
  }
  const copying = checkpointInBackground(script, init).finally(() => {
    if (running.get(init.file) === copying) running.delete(init.file);
  });
  running.set(init.file, copying);
  return copying;
}
