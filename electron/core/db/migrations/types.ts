import type { Database } from 'better-sqlite3';

/** One step of the schema; version N turns a file of version N-1 into N. */
export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database) => void);
}
