import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { registryAtVersion } from './migration-helpers';

const ALLOWED = {
  category: ['working', 'student', 'pensioner', 'unset'],
  card_status: ['none', 'requested', 'produced', 'delivered', 'issued', 'refused'],
  removal_reason: ['own_wish', 'dismissal', 'graduation', 'transfer', 'death', 'expulsion', 'not_in_export', 'duplicate', 'other'],
} as const;

describe('migration 007: the members value lists checked by comparisons', () => {
  it('keeps every row and index and the same rules, with no list lookups left', () => {
    const db = registryAtVersion(6);
    db.prepare("INSERT INTO organizations (id, code, level, name) VALUES (1, '1', 'primary', 'ППО')").run();
    const add = db.prepare(`INSERT INTO members (ais_id, org_id, surname, name, fio_norm, category, card_status, removed_on, removal_reason)
      VALUES (?, 1, ?, 'Анна', ?, ?, ?, ?, ?)`);
    add.run('A-1', 'Иванова', 'иванова анна', 'working', 'issued', null, null);
    add.run(null, 'Петрова', 'петрова анна', 'pensioner', null, '2024-01-01', 'own_wish');
    const before = db.prepare('SELECT * FROM members ORDER BY id').all();
    const indexes = () => db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'members' ORDER BY name").all();
    const indexesBefore = indexes();

    migrate(db, 'test', MIGRATIONS.slice(0, 7));
    expect(userVersion(db)).toBe(7);
    expect(db.prepare('SELECT * FROM members ORDER BY id').all()).toEqual(before);
    expect(indexes()).toEqual(indexesBefore);
    const table = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'members'").pluck().get() as string;
    for (const column of Object.keys(ALLOWED)) expect(table).not.toMatch(new RegExp(`${column} IN`));
    expect(table).toContain("CHECK (category = 'working' OR category = 'student' OR category = 'pensioner' OR category = 'unset')");
    expect(table).toContain("CHECK (gender IN ('male','female'))");
    expect(table).toMatch(/\) STRICT$/);

    // Every listed value passes, anything else is refused, a blank passes where the column allows it.
    const set = (column: string, value: string | null) => db.prepare(`UPDATE members SET ${column} = ? WHERE id = 1`).run(value);
    for (const [column, values] of Object.entries(ALLOWED)) {
      for (const value of values) set(column, value);
      expect(() => set(column, 'other-value')).toThrow(`CHECK constraint failed`);
      expect(() => set(column, values[0].toUpperCase())).toThrow(`CHECK constraint failed`);
    }
    set('card_status', null);
    set('removal_reason', null);
    expect(() => set('category', null)).toThrow('NOT NULL constraint failed: members.category');
    expect(() => add.run('A-1', 'Копия', 'копия анна', 'unset', null, null, null)).toThrow('UNIQUE constraint failed: members.ais_id');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
