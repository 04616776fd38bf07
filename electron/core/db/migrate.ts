import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/types';

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the file up to this build's schema, each step in its own transaction so a failure
 * leaves the file at the last complete version. A file from a newer build is refused untouched.
 */
export function migrate(db: Database, fileLabel: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = userVersion(db);
  const target = migrations.length > 0 ? migrations[migrations.length - 1]!.version : 0;
  if (current > target) {
    throw new AppError(
      'newer_version',
      `Файл «${fileLabel}» создан более новой версией Профреестра (версия схемы ${current}, ` +
        `эта программа знает только до ${target}). Обновите программу, чтобы открыть его.`,
    );
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

export { SCHEMA_VERSION };
