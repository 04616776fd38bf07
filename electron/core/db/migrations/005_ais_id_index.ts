import type { Database } from 'better-sqlite3';
import { rebuildMembers } from './rebuild-members';
import type { Migration } from './types';

// The AIS id's uniqueness moves from the column (an index SQLite owns and never lets go) to a
// named unique index, the same rule. A first load of a region can then drop it with the other
// indexes and build it once at the end: filled row by row in the file's order, it cost more than
// the 200,000 rows themselves.
const OLD_COLUMN = /\bais_id TEXT UNIQUE\b/;

function plainAisId(sql: string): string {
  if (!OLD_COLUMN.test(sql)) throw new Error('members.ais_id is not declared as expected');
  return sql.replace(OLD_COLUMN, 'ais_id TEXT');
}

function up(db: Database): void {
  rebuildMembers(db, 5, plainAisId);
  db.exec('CREATE UNIQUE INDEX members_ais ON members(ais_id)');
}

export const aisIdIndex: Migration = { version: 5, name: 'Уникальный индекс ID в АИС', up };
