import BetterSqlite3, { type Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointRunning, commitWithCheckpoint } from '../../../electron/core/db/checkpoint';
import { openRegistryDb } from '../../../electron/core/db/open';
import { sourceWorkers } from '../../../electron/core/workers';
import { tempDir } from '../../fixtures/temp';

const MEMBERS = 40_000;

let dir: string;
let cleanup: () => void;
let file: string;
let db: Database;

/** What the registry file holds by itself, without its write-ahead log: a copy opened alone. */
function membersInFileAlone(): number {
  const copy = path.join(dir, `alone-${Date.now()}.profreestr`);
  fs.copyFileSync(file, copy);
  const alone = new BetterSqlite3(copy, { readonly: true });
  try {
    return alone.prepare('SELECT count(*) FROM members').pluck().get() as number;
  } finally {
    alone.close();
  }
}

/** A large transaction, left open: ~40,000 cards, some 9 MB of log. */
function writeMembers(): void {
  db.exec('BEGIN IMMEDIATE');
  db.exec(`INSERT INTO members (org_id, surname, name, patronymic, fio_norm, birth_date)
    WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ${MEMBERS})
    SELECT 1, 'Иванова-' || x, 'Анна', 'Петровна', 'иванова-' || x || ' анна петровна', '1980-01-02' FROM n`);
}

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'Регион.profreestr');
  db = openRegistryDb(file, { create: true });
  db.prepare("INSERT INTO organizations (id, code, level, name) VALUES (1, '1', 'primary', 'ППО')").run();
  db.pragma('wal_checkpoint(TRUNCATE)');
});

afterEach(() => {
  if (db.open) db.close();
  cleanup();
});

describe('commitWithCheckpoint', () => {
  it('commits at once and leaves the copy of a large log into the file to its thread', async () => {
    const sizeBefore = fs.statSync(file).size;
    writeMembers();
    const copying = commitWithCheckpoint(db, { file }, sourceWorkers().checkpoint);
    // Committed and durable in the log; the file itself not yet touched by the commit.
    expect(fs.statSync(file).size).toBe(sizeBefore);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(checkpointRunning(file)).toBe(copying);
    // The engine goes on reading and writing meanwhile.
    expect(db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(MEMBERS);
    db.prepare("INSERT INTO members (org_id, surname, name, fio_norm) VALUES (1, 'Петрова', 'Анна', 'петрова анна')").run();

    const result = await copying;
    expect(result).not.toBeNull();
    expect(result!.busy).toBe(0);
    expect(result!.checkpointed).toBeGreaterThan(1000);
    expect(checkpointRunning(file)).toBeNull();
    expect(membersInFileAlone()).toBeGreaterThanOrEqual(MEMBERS);
    db.close();
    expect(membersInFileAlone()).toBe(MEMBERS + 1);
  });

  it('without a thread, SQLite copies the log inside the commit as always', () => {
    writeMembers();
    expect(commitWithCheckpoint(db, { file }, null)).toBeNull();
    expect(checkpointRunning(file)).toBeNull();
    expect(membersInFileAlone()).toBe(MEMBERS);
  });

  it('a thread that cannot start loses nothing: the log stays until the next checkpoint', async () => {
    writeMembers();
    const result = await commitWithCheckpoint(db, { file }, path.join(dir, 'нет-такого-потока.js'));
    expect(result).toBeNull();
    expect(membersInFileAlone()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(MEMBERS);
    db.close();
    expect(membersInFileAlone()).toBe(MEMBERS);
  });
});
