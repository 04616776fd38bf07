// A migration test starts from a registry as the previous version left it.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';

/** An in-memory registry migrated up to `version` (inclusive), foreign keys on as the app has them. */
export function registryAtVersion(version: number): Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 'test', MIGRATIONS.slice(0, version));
  return db;
}
