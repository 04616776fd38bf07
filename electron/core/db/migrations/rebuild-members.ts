import type { Database } from 'better-sqlite3';

/**
 * Remakes the members table from its own definition, changed by `change`: SQLite cannot alter a
 * column's constraints in place, and a second hand-written copy of the schema would drift.
 * Nothing references members; its rows, ids and indexes come back as they were.
 */
export function rebuildMembers(db: Database, version: number, change: (sql: string) => string): void {
  const table = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'members'").pluck().get() as string;
  const indexes = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'members' AND sql IS NOT NULL")
    .pluck()
    .all() as string[];
  const columns = (db.prepare("SELECT name FROM pragma_table_info('members') ORDER BY cid").pluck().all() as string[]).join(', ');
  const temporary = `members_${String(version).padStart(3, '0')}`;
  // A renamed table's definition names it in quotes.
  db.exec(change(table).replace(/^CREATE TABLE "?members"?/, `CREATE TABLE ${temporary}`));
  db.exec(`INSERT INTO ${temporary} (${columns}) SELECT ${columns} FROM members`);
  db.exec('DROP TABLE members');
  db.exec(`ALTER TABLE ${temporary} RENAME TO members`);
  for (const sql of indexes) db.exec(sql);
}
