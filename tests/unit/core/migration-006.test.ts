import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { registryAtVersion } from './migration-helpers';

describe('migration 006: the rest of the organization passport', () => {
  it('adds the AIS responsible and the stat report by category, empty, to the organizations there are', () => {
    const db = registryAtVersion(5);
    db.prepare("INSERT INTO organizations (id, code, level, name, stat_members) VALUES (1, '1', 'primary', 'ППО', 40)").run();

    migrate(db, 'test', MIGRATIONS.slice(0, 6));
    expect(userVersion(db)).toBe(6);
    expect(db.prepare('SELECT code, stat_members, ais_responsible, stat_working, stat_students, stat_pensioners FROM organizations').get()).toEqual({
      code: '1',
      stat_members: 40,
      ais_responsible: null,
      stat_working: null,
      stat_students: null,
      stat_pensioners: null,
    });
    db.prepare("UPDATE organizations SET ais_responsible = 'Сидорова А.П.', stat_working = 30, stat_students = 0, stat_pensioners = 10").run();
    for (const column of ['stat_working', 'stat_students', 'stat_pensioners']) {
      expect(() => db.prepare(`UPDATE organizations SET ${column} = -1`).run()).toThrow(`CHECK constraint failed: ${column} >= 0`);
      expect(() => db.prepare(`UPDATE organizations SET ${column} = 'много'`).run()).toThrow(/cannot store TEXT value in INTEGER column/);
    }
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
