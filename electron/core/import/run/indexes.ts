// A first load of members (the table empty) inserts every row: filling the secondary indexes
// row by row then costs more than the rows themselves. They are dropped and built again at the
// end, inside the import's transaction, so a cancel or a crash brings them back with the rest.
import type { Database } from 'better-sqlite3';

interface IndexDef {
  name: string;
  sql: string;
}

/** Drops the table's own indexes (not the ones behind UNIQUE); returns the function that rebuilds them. */
export function dropIndexes(db: Database, table: string): () => void {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
    .all(table) as IndexDef[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
  return () => {
    for (const ix of indexes) db.exec(ix.sql);
  };
}
