import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { registryAtVersion } from './migration-helpers';

describe('migration 003: the action log', () => {
  it('adds actions, ties existing changes to them, and adds the transfer date', () => {
    const db = registryAtVersion(2);
    db.prepare("INSERT INTO organizations (id, code, level, name) VALUES (1, '1', 'primary', 'ППО')").run();
    db.prepare("INSERT INTO members (id, org_id, surname, name, fio_norm) VALUES (1, 1, 'Иванова', 'Анна', 'иванова анна')").run();
    const change = db.prepare(
      "INSERT INTO changes (at, action_id, entity, entity_id, field, old_value, new_value, source) VALUES (?, ?, 'member', 1, 'email', NULL, ?, ?)",
    );
    change.run('2026-01-02T10:00:00Z', 7, 'a@b.ru', 'import');
    change.run('2026-01-02T10:00:01Z', 7, 'c@d.ru', 'import');
    change.run('2026-01-03T10:00:00Z', null, 'e@f.ru', 'edit');

    migrate(db, 'test', MIGRATIONS.slice(0, 3));
    expect(userVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, at, source, undone FROM actions').all()).toEqual([
      { id: 7, at: '2026-01-02T10:00:00Z', source: 'import', undone: 0 },
    ]);
    expect(db.prepare('SELECT action_id, new_value FROM changes ORDER BY id').all()).toEqual([
      { action_id: 7, new_value: 'a@b.ru' },
      { action_id: 7, new_value: 'c@d.ru' },
      { action_id: null, new_value: 'e@f.ru' },
    ]);
    // The foreign key holds: a change cannot point at an action that does not exist…
    expect(() =>
      db.prepare("INSERT INTO changes (at, action_id, entity, entity_id, field, source) VALUES ('x', 99, 'member', 1, 'email', 'edit')").run(),
    ).toThrow(/FOREIGN KEY/);
    // …and deleting an action deletes its changes.
    db.prepare('DELETE FROM actions WHERE id = 7').run();
    expect(db.prepare('SELECT count(*) AS n FROM changes').get()).toEqual({ n: 1 });
    expect(() => db.prepare("INSERT INTO actions (at, source, label) VALUES ('x', 'magic', 'y')").run()).toThrow(/CHECK/);

    db.prepare("UPDATE members SET transferred_on = '2026-05-01' WHERE id = 1").run();
    expect(db.prepare('SELECT transferred_on FROM members').pluck().get()).toBe('2026-05-01');
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'changes'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['changes_entity', 'changes_at', 'changes_action']));
    db.close();
  });
});
