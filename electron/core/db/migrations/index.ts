import { initial } from './001_initial';
import type { Migration } from './types';

/** All migrations in order; the last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [initial];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
