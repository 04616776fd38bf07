// The copy of the registry made just before an import is committed, next to the file:
// «Реестр — копия до импорта 2026-10-01 14-05-33.profreestr». It opens like any registry file.
// The three newest copies of a file are kept; older ones are removed.
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { IMPORT_TEXT } from './strings';

export const BACKUPS_KEPT = 3;
const MARK = ' — копия до импорта ';

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}-${p(now.getMinutes())}-${p(now.getSeconds())}`;
}

export async function backupRegistry(db: Database, registryPath: string, now: Date = new Date()): Promise<string> {
  const dir = path.dirname(registryPath);
  const ext = path.extname(registryPath);
  const base = path.basename(registryPath, ext);
  let target = path.join(dir, `${base}${MARK}${stamp(now)}${ext}`);
  for (let n = 2; fs.existsSync(target); n++) target = path.join(dir, `${base}${MARK}${stamp(now)} (${n})${ext}`);
  try {
    await db.backup(target);
  } catch (err) {
    fs.rmSync(target, { force: true });
    throw new AppError('internal', IMPORT_TEXT.backupFailed(target, (err as Error).message));
  }
  pruneBackups(dir, base, ext);
  return target;
}

/** Keeps the newest copies of this file (their names sort by time). */
function pruneBackups(dir: string, base: string, ext: string): void {
  const prefix = `${base}${MARK}`;
  const copies = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(ext))
    .sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - BACKUPS_KEPT))) {
    fs.rmSync(path.join(dir, old), { force: true });
  }
}
