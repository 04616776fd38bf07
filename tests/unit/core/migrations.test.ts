import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { migrate, userVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { APPLICATION_ID, openRegistryDb } from '../../../electron/core/db/open';
import { tempDir } from '../../fixtures/temp';

let cleanup = () => {};
afterEach(() => cleanup());
function dir() {
  const t = tempDir();
  cleanup = t.cleanup;
  return t.dir;
}

function tables(db: BetterSqlite3.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 creates the registry schema with STRICT tables, checks and indexes', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, 'test', MIGRATIONS.slice(0, 1));
    expect(userVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['changes', 'documents', 'members', 'organizations', 'settings', 'snapshots']);
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema='main' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[];
    for (const t of strict) expect(t.strict, t.name).toBe(1);
    const indexes = (db.prepare("SELECT name FROM sqlite_schema WHERE type='index' AND sql IS NOT NULL").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['members_org', 'members_fio', 'members_card_status', 'organizations_parent']));
    db.prepare("INSERT INTO organizations (code, level, name) VALUES ('1', 'regional', 'Корень')").run();
    expect(() => db.prepare("INSERT INTO organizations (code, level, name) VALUES ('2', 'галактика', 'Х')").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO members (org_id, surname, name, fio_norm, category) VALUES (1, 'А', 'Б', 'а б', 'boss')").run(),
    ).toThrow(/CHECK/);
    db.pragma('foreign_keys = ON');
    expect(() =>
      db.prepare("INSERT INTO members (org_id, surname, name, fio_norm) VALUES (999, 'А', 'Б', 'а б')").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('run once: migrating an up-to-date file changes nothing', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, 'test');
    migrate(db, 'test');
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
  });

  it('a failing step rolls back and leaves the earlier version', () => {
    const db = new BetterSqlite3(':memory:');
    const broken = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'сломанная', up: 'CREATE TABLE x (a); SELECT * FROM nowhere;' }];
    expect(() => migrate(db, 'test', broken)).toThrow();
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).not.toContain('x');
  });

  it('refuses a file written by a newer version, untouched', () => {
    const file = path.join(dir(), 'new.profreestr');
    openRegistryDb(file, { create: true }).close();
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 3}`);
    raw.close();
    const before = fs.readFileSync(file);
    let error: unknown;
    try {
      openRegistryDb(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('newer_version');
    expect((error as AppError).message).toContain('более новой версией');
    expect((error as AppError).message).toContain('new.profreestr');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('opening files', () => {
  it('creates a registry marked with the application id, in WAL mode with foreign keys', () => {
    const file = path.join(dir(), 'r.profreestr');
    const db = openRegistryDb(file, { create: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses to create over an existing file', () => {
    const file = path.join(dir(), 'r.profreestr');
    fs.writeFileSync(file, 'важные данные');
    expect(() => openRegistryDb(file, { create: true })).toThrow(/уже существует/);
    expect(fs.readFileSync(file, 'utf8')).toBe('важные данные');
  });

  it('names a missing file', () => {
    expect(() => openRegistryDb('/nowhere/нет.profreestr')).toThrow(/«\/nowhere\/нет\.profreestr» не найден/);
  });

  it('refuses a file that is not SQLite, without changing it', () => {
    const file = path.join(dir(), 'junk.profreestr');
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    try {
      openRegistryDb(file);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).code).toBe('not_a_registry');
      expect((err as AppError).message).toContain('junk.profreestr');
    }
    expect(fs.readFileSync(file).equals(Buffer.alloc(8192, 7))).toBe(true);
  });

  it('refuses somebody else\'s SQLite database', () => {
    const file = path.join(dir(), 'other.db');
    const other = new BetterSqlite3(file);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    other.close();
    expect(() => openRegistryDb(file)).toThrow(/не является файлом реестра/);
  });
});
