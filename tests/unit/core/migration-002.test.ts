import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { registryAtVersion } from './migration-helpers';

describe('migration 002: the indicators index', () => {
  it('turns a version-1 file into version 2 with a covering index the member counts use', () => {
    const db = registryAtVersion(1);
    db.prepare("INSERT INTO organizations (id, code, level, name) VALUES (1, '1', 'primary', 'ППО')").run();
    db.prepare("INSERT INTO members (org_id, surname, name, fio_norm) VALUES (1, 'Иванова', 'Анна', 'иванова анна')").run();
    migrate(db, 'test', MIGRATIONS.slice(0, 2));
    expect(userVersion(db)).toBe(2);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT org_id, count(*), sum(category = 'working'), sum(card_status = 'issued'), sum(profcards) FROM members WHERE removed_on IS NULL GROUP BY org_id")
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('COVERING INDEX members_indicators');
    expect((db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n).toBe(1);
    db.close();
  });
});
