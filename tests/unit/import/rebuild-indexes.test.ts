import type { Database } from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegistryDb } from '../../../electron/core/db/open';
import { dropIndexes } from '../../../electron/core/import/run/indexes';
import { tempDir } from '../../fixtures/temp';

/** Enough cards that an index's keys (~60 bytes of name each) exceed the sorter's 1 MB pieces. */
const MEMBERS = 40_000;

let cleanup: () => void;
let db: Database;

const memberIndexes = (): { name: string; sql: string }[] =>
  db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'members' AND sql IS NOT NULL ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];

function insertMembers(aisOf: string): void {
  db.exec(`INSERT INTO members (ais_id, org_id, surname, name, patronymic, fio_norm, birth_date, card_status)
    WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ${MEMBERS})
    SELECT ${aisOf}, 1 + x % 2, 'Иванова-' || (x * 7919 % ${MEMBERS}), 'Анна', 'Петровна',
           'иванова-' || (x * 7919 % ${MEMBERS}) || ' анна петровна', '1980-01-' || printf('%02d', 1 + x % 28),
           CASE x % 3 WHEN 0 THEN 'issued' WHEN 1 THEN 'refused' ELSE NULL END FROM n`);
}

beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  db = openRegistryDb(path.join(dir, 'Регион.profreestr'), { create: true });
  db.exec(`INSERT INTO organizations (id, code, level, name) VALUES (1, '1', 'primary', 'ППО школы'), (2, '2', 'primary', 'ППО колледжа')`);
});

afterEach(() => {
  db.close();
  cleanup();
});

describe('dropIndexes: the member indexes of a first load', () => {
  it('are built again exactly as defined, consistent with the rows, and the connection keeps its own settings', () => {
    const before = memberIndexes();
    expect(before.map((ix) => ix.name)).toEqual(['members_ais', 'members_card_status', 'members_duplicates', 'members_fio', 'members_indicators']);
    db.pragma('cache_size = -4321');
    const threads = db.pragma('threads', { simple: true });
    db.exec('BEGIN IMMEDIATE');
    const rebuild = dropIndexes(db, 'members');
    expect(memberIndexes()).toEqual([]);
    insertMembers("'ais-' || x");
    rebuild();
    db.exec('COMMIT');

    expect(memberIndexes()).toEqual(before);
    // integrity_check compares every index entry with its row.
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('cache_size', { simple: true })).toBe(-4321);
    expect(db.pragma('threads', { simple: true })).toBe(threads);
    // The indexes serve their queries: the quick search walks the name index in order.
    const found = db.prepare("SELECT fio_norm FROM members WHERE fio_norm >= 'иванова-1234 ' AND fio_norm < 'иванова-1234!'").pluck().all();
    expect(found).toEqual(['иванова-1234 анна петровна']);
    expect(db.prepare("SELECT count(*) FROM members WHERE card_status = 'issued'").pluck().get()).toBe(Math.floor(MEMBERS / 3));
  });

  it('a build that fails (the same AIS id twice) is an error, and the connection keeps its own settings', () => {
    db.pragma('cache_size = -4321');
    const threads = db.pragma('threads', { simple: true });
    db.exec('BEGIN IMMEDIATE');
    const rebuild = dropIndexes(db, 'members');
    insertMembers("'ais-' || (x % 100)");
    expect(() => rebuild()).toThrow(/UNIQUE constraint failed: members\.ais_id/);
    db.exec('ROLLBACK');
    expect(db.pragma('cache_size', { simple: true })).toBe(-4321);
    expect(db.pragma('threads', { simple: true })).toBe(threads);
    expect(memberIndexes().map((ix) => ix.name)).toContain('members_ais');
  });
});
