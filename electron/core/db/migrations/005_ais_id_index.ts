import type { Database } from 'better-sqlite3';
import type { Migration } from './types';

// The AIS id's uniqueness moves from the column (an index SQLite owns and never lets go) to a
// named unique index, the same rule. A first load of a region can then drop it with the other
// indexes and build it once at the end: filled row by row in the file's order, it cost more than
// the 200,000 rows themselves. SQLite cannot drop a column constraint, so the table is rebuilt
// from its own definition (nothing references members; its indexes are made again as they were).
const OLD_COLUMN = /\bais_id TEXT UNIQUE\b/;

/** The table as it is, with its AIS id column plain: no second copy of the schema to drift. */
function rebuiltTable(db: Database): string {
  const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'members'").pluck().get() as string;
  if (!OLD_COLUMN.test(sql)) throw new Error('members.ais_id is not declared as expected');
  return sql.replace(/^CREATE TABLE members\b/, 'CREATE TABLE members_005').replace(OLD_COLUMN, 'ais_id TEXT');
}

function up(db: Database): void {
  const indexes = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'members' AND sql IS NOT NULL")
    .pluck()
    .all() as string[];
  const columns = (db.prepare("SELECT name FROM pragma_table_info('members') ORDER BY cid").pluck().all() as string[]).join(', ');
  db.exec(rebuiltTable(db));
  db.exec(`INSERT INTO members_005 (${columns}) SELECT ${columns} FROM members`);
  db.exec('DROP TABLE members');
  db.exec('ALTER TABLE members_005 RENAME TO members');
  for (const sql of indexes) db.exec(sql);
  db.exec('CREATE UNIQUE INDEX members_ais ON members(ais_id)');
}

export const aisIdIndex: Migration = { version: 5, name: 'Уникальный индекс ID в АИС', up };
