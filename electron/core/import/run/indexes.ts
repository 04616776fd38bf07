// A first load of members (the table empty) inserts every row: filling the secondary indexes
// row by row then costs more than the rows themselves. They are dropped and built again at the
// end, inside the import's transaction, so a cancel or a crash brings them back with the rest.
import type { Database } from 'better-sqlite3';

interface IndexDef {
  name: string;
  sql: string;
}

/**
 * How SQLite sorts an index's keys while it builds them: in pieces of about 1 MB (its smallest;
 * the sorter's share follows cache_size), each sorted by one of two helper threads, then merged.
 * With the usual 16 MB cache the keys of 200,000 cards are one piece sorted in this thread: the
 * six member indexes of then (before migration 008) took 0.9–1.0 s, in pieces with helpers
 * 0.6–0.75 s (small pieces alone ~0.85 s). The other core is free by then: the rows have all been read.
 */
const BUILD_PRAGMAS = { cache_size: -1000, threads: 2 } as const;

/** Drops the table's own indexes (not the ones behind UNIQUE); returns the function that rebuilds them. */
export function dropIndexes(db: Database, table: string): () => void {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
    .all(table) as IndexDef[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
  return () => {
    const usual = Object.keys(BUILD_PRAGMAS).map((name) => [name, db.pragma(name, { simple: true })] as const);
    try {
      for (const [name, value] of Object.entries(BUILD_PRAGMAS)) db.pragma(`${name} = ${value}`);
      for (const ix of indexes) db.exec(ix.sql);
    } finally {
      for (const [name, value] of usual) db.pragma(`${name} = ${String(value)}`);
    }
  };
}
