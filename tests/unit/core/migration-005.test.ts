import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { registryAtVersion } from './migration-helpers';

type Row = Record<string, unknown>;

describe('migration 005: the AIS id unique as a named index', () => {
  it('keeps every row and column, every index, and the same rules', () => {
    const db = registryAtVersion(4);
    db.prepare("INSERT INTO organizations (id, code, level, name) VALUES (1, '1', 'primary', 'ППО')").run();
    const add = db.prepare(`INSERT INTO members (ais_id, org_id, surname, name, patronymic, fio_norm, birth_date, card_status,
      pd_consent, removed_on, removal_reason, transferred_on) VALUES (?, 1, ?, 'Анна', 'Петровна', ?, '1980-01-02', ?, ?, ?, ?, ?)`);
    add.run('A-1', 'Иванова', 'иванова анна петровна', 'issued', 1, null, null, '2025-03-01');
    add.run(null, 'Петрова', 'петрова анна петровна', null, 0, '2024-01-01', 'own_wish', null);
    add.run(null, 'Сидорова', 'сидорова анна петровна', 'refused', 0, null, null, null);
    const before = db.prepare('SELECT * FROM members ORDER BY id').all() as Row[];
    const indexSql = () =>
      db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'members' ORDER BY name").all() as Row[];
    const indexesBefore = indexSql();
    expect(indexesBefore.some((i) => String(i.name).startsWith('sqlite_autoindex_members'))).toBe(true);

    migrate(db, 'test', MIGRATIONS.slice(0, 5));
    expect(userVersion(db)).toBe(5);
    expect(db.prepare('SELECT * FROM members ORDER BY id').all()).toEqual(before);
    const after = indexSql();
    expect(after.find((i) => String(i.name).startsWith('sqlite_autoindex_members'))).toBeUndefined();
    expect(after.find((i) => i.name === 'members_ais')?.sql).toBe('CREATE UNIQUE INDEX members_ais ON members(ais_id)');
    // The other indexes are back exactly as they were.
    expect(after.filter((i) => i.name !== 'members_ais')).toEqual(indexesBefore.filter((i) => i.sql !== null));

    // The same rules: one AIS id once, blanks any number of times, a known organization, STRICT.
    expect(() => add.run('A-1', 'Копия', 'копия анна петровна', null, 0, null, null, null)).toThrow('UNIQUE constraint failed: members.ais_id');
    add.run(null, 'Новая', 'новая анна петровна', null, 0, null, null, null);
    expect(() =>
      db.prepare("INSERT INTO members (org_id, surname, name, fio_norm) VALUES (99, 'А', 'Б', 'а б')").run(),
    ).toThrow('FOREIGN KEY constraint failed');
    expect(() =>
      db.prepare("INSERT INTO members (org_id, surname, name, fio_norm, joined_online) VALUES (1, 'А', 'Б', 'а б', 'да')").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column|CHECK constraint failed/);
    const table = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'members'").pluck().get() as string;
    expect(table).toMatch(/\) STRICT$/);
    expect(table).toContain('ais_id TEXT,');
    expect(table).not.toContain('UNIQUE');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
