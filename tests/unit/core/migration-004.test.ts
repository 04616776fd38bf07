import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { registryAtVersion } from './migration-helpers';
import { duplicateBlocks, exactGroups, possibleGroups } from '../../../electron/core/quality/checks/duplicates';

describe('migration 004: the duplicate index', () => {
  it('turns a version-3 file into version 4, keeps its rows, and the duplicate checks read the index', () => {
    const db = registryAtVersion(3);
    db.prepare("INSERT INTO organizations (id, code, level, name) VALUES (1, '1', 'primary', 'ППО')").run();
    const add = db.prepare("INSERT INTO members (org_id, surname, name, patronymic, fio_norm, birth_date) VALUES (1, ?, 'Анна', 'Петровна', ?, '1980-01-02')");
    add.run('Иванова', 'иванова анна петровна');
    add.run('Иванова', 'иванова анна петровна');
    add.run('Иваново', 'иваново анна петровна');

    migrate(db, 'test', MIGRATIONS.slice(0, 4));
    expect(userVersion(db)).toBe(4);
    expect((db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n).toBe(3);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((p) => p.detail).join(' ');
    const groupBy = `SELECT birth_date, substr(fio_norm, instr(fio_norm, ' ') + 1) FROM members
      WHERE removed_on IS NULL AND birth_date IS NOT NULL GROUP BY birth_date, substr(fio_norm, instr(fio_norm, ' ') + 1) HAVING count(*) > 1`;
    expect(plan(groupBy)).toContain('COVERING INDEX members_duplicates');
    expect(plan(groupBy)).not.toContain('TEMP B-TREE');
    const blocks = duplicateBlocks(db);
    expect(exactGroups(blocks).map((g) => g.ids)).toEqual([[1, 2]]);
    expect(possibleGroups(blocks).map((g) => g.ids)).toEqual([[1, 2, 3]]);
    db.close();
  });
});
