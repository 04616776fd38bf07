// A core over a copy of the small region, for import and export handler tests.
import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { createCore, type Core } from '../../../electron/core';
import { sourceWorkers } from '../../../electron/core/workers';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

export interface Harness {
  dir: string;
  file: string;
  core: Core;
  /** A separate read-only connection: what another program would see in the file. */
  peek<T>(sql: string, ...params: unknown[]): T[];
  close(): void;
}


export async function smallRegionCore(options: { rowsWorker?: boolean; checkpoint?: boolean } = {}): Promise<Harness> {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'Регион.profreestr');
  writeSmallRegion(file).close();
  const core = createCore({
    dataDir: path.join(dir, 'data'),
    mode: 'cli',
    keepRecent: false,
    // From their source, the row thread for any file size (the app's are built, and only for large files).
    workers: {
      importRows: options.rowsWorker ? sourceWorkers(0).importRows : undefined,
      checkpoint: options.checkpoint ? sourceWorkers().checkpoint : undefined,
    },
  });
  await core.invoke('registry.open', { path: file });
  return {
    dir,
    file,
    core,
    peek<T>(sql: string, ...params: unknown[]): T[] {
      const db: Database = new BetterSqlite3(file, { readonly: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    close() {
      core.close();
      cleanup();
    },
  };
}

/** The members and organizations of a file as comparable rows. */
export function dataOf(h: Harness): unknown {
  return {
    orgs: h.peek('SELECT * FROM organizations ORDER BY id'),
    members: h.peek('SELECT * FROM members ORDER BY id'),
    snapshots: h.peek('SELECT id, as_of, source FROM snapshots ORDER BY id'),
    changes: h.peek('SELECT count(*) AS n FROM changes'),
  };
}
