import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { registryAtVersion } from './migration-helpers';

type Row = Record<string, unknown>;

describe('migration 008: no second index of members by organization', () => {
  it('drops members_org; every search by organization uses members_indicators; rows, rules and the other indexes stay', () => {
    const db = registryAtVersion(7);
    db.exec(`INSERT INTO organizations (id, code, level, name) VALUES (1, '1', 'primary', 'ППО школы'), (2, '2', 'primary', 'ППО сада')`);
    const add = db.prepare("INSERT INTO members (org_id, surname, name, fio_norm, removed_on) VALUES (1, ?, 'Анна', ?, ?)");
    add.run('Иванова', 'иванова анна', null);
    add.run('Петрова', 'петрова анна', '2025-01-01');
    const indexes = () => db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'members' ORDER BY name").all() as Row[];
    const before = indexes();
    const rows = db.prepare('SELECT * FROM members ORDER BY id').all();
    expect(before.map((i) => i.name)).toContain('members_org');

    migrate(db, 'test', MIGRATIONS.slice(0, 8));
    expect(userVersion(db)).toBe(8);
    expect(indexes()).toEqual(before.filter((i) => i.name !== 'members_org'));
    expect(db.prepare('SELECT * FROM members ORDER BY id').all()).toEqual(rows);

    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan('SELECT count(*) FROM members WHERE org_id = 1')).toContain('COVERING INDEX members_indicators (org_id=?)');
    expect(plan('SELECT * FROM members WHERE org_id IN (1, 2) AND removed_on IS NULL ORDER BY fio_norm')).toContain('INDEX members_indicators (org_id=? AND removed_on=?)');
    // The foreign key still keeps an organization with members from being deleted.
    expect(() => db.prepare('DELETE FROM organizations WHERE id = 1').run()).toThrow('FOREIGN KEY constraint failed');
    expect(db.prepare('DELETE FROM organizations WHERE id = 2').run().changes).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
