import BetterSqlite3, { type Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { migrate } from './migrate';

/** Marks a SQLite file as ours ('PRFR'), so a random database is never mistaken for a registry. */
export const APPLICATION_ID = 0x50524652;

export interface OpenOptions {
  /** Create a new empty registry; refuses to touch an existing file. */
  create?: boolean;
  /** better-sqlite3's compiled addon for this runtime (the Electron-ABI build in the desktop app). */
  nativeBinding?: string;
  readonly?: boolean;
}

function sqliteCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** Opens (or creates) a registry file, checks it is ours and of a version we know, and migrates it. */
export function openRegistryDb(filePath: string, options: OpenOptions = {}): Database {
  const label = path.basename(filePath);
  const exists = fs.existsSync(filePath);
  if (options.create && exists) {
    throw new AppError('file_exists', `Файл «${label}» уже существует. Выберите другое имя для нового реестра.`);
  }
  if (!options.create && !exists) {
    throw new AppError('file_not_found', `Файл «${filePath}» не найден. Проверьте путь или выберите другой файл.`);
  }
  if (!options.create && fs.statSync(filePath).isDirectory()) {
    throw new AppError('not_a_registry', `«${filePath}» — это папка, а не файл реестра.`);
  }

  let db: Database;
  try {
    db = new BetterSqlite3(filePath, {
      fileMustExist: !options.create,
      readonly: options.readonly ?? false,
      nativeBinding: options.nativeBinding,
    });
  } catch (err) {
    throw new AppError('not_a_registry', `Не удалось открыть файл «${label}»: ${(err as Error).message}`);
  }

  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tableCount = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    if (appId !== APPLICATION_ID && !(options.create && tableCount.n === 0)) {
      throw new AppError(
        'not_a_registry',
        `Файл «${label}» не является файлом реестра Профреестра. Откройте файл с расширением .profreestr ` +
          'или создайте новый реестр и загрузите в него выгрузку.',
      );
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (options.create) db.pragma(`application_id = ${APPLICATION_ID}`);
    if (!options.readonly) migrate(db, label);
    return db;
  } catch (err) {
    db.close();
    if (options.create) removeQuietly(filePath);
    if (err instanceof AppError) throw err;
    const code = sqliteCode(err);
    if (code === 'SQLITE_NOTADB') {
      throw new AppError('not_a_registry', `Файл «${label}» не является базой данных Профреестра (это файл другого формата).`);
    }
    if (code === 'SQLITE_CORRUPT') {
      throw new AppError('corrupt', `Файл «${label}» повреждён. Откройте резервную копию (она лежит рядом с файлом).`);
    }
    throw err;
  }
}

function removeQuietly(filePath: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      fs.rmSync(filePath + suffix, { force: true });
    } catch {
      // Best effort: a half-created file is useless but harmless.
    }
  }
}
