// Writes a planned demo region into a registry file. Everything goes into a temporary file next
// to the target, renamed over it only at the very end, so a crash or a cancel never leaves a
// half-written region (or a damaged old one) at the target path.
import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { openRegistryDb } from '../db/open';
import { captureSnapshotIndicators } from '../indicators/snapshot';
import { isoDate } from './dates';
import { MEMBER_COLUMNS, memberRows } from './members';
import { Random } from './random';
import type { OrgPlan, RegionPlan } from './types';

export interface WriteHooks {
  /** Called a few dozen times: after the tree and after every batch of members. */
  onProgress?: (done: number, total: number) => void;
  /** Cancels between batches: the temporary file is removed and nothing changes at the target. */
  signal?: AbortSignal;
  /** better-sqlite3's addon for this runtime (passed to openRegistryDb). */
  nativeBinding?: string;
}

/** Batches per run: enough progress reports and cancel points, few enough commits to stay fast. */
const BATCHES = 40;
const SNAPSHOT_SOURCE = 'Демонстрационный регион';

const ORG_COLUMNS = [
  'id', 'code', 'parent_id', 'level', 'kind', 'name', 'short_name', 'status', 'inn', 'address',
  'chair_surname', 'chair_name', 'chair_patronymic', 'chair_gender', 'chair_phone', 'chair_email',
  'chair_email_consent', 'chair_term_start', 'chair_term_end', 'stat_members', 'stat_employees',
  'stat_auto_report',
] as const;

function cancelled(): AppError {
  return new AppError('cancelled', 'Создание демонстрационного региона отменено.');
}

/** Lets the worker's event loop run, so a cancel message can arrive between batches. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function removeFileSet(base: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    try {
      fs.rmSync(base + suffix, { force: true });
    } catch {
      // Best effort: a leftover temporary file is harmless and hidden.
    }
  }
}

function orgRow(o: OrgPlan): unknown[] {
  const c = o.chair;
  const date = (d: number | null | undefined): string | null => (d === null || d === undefined ? null : isoDate(d));
  return [
    o.id, o.code, o.parentId, o.level, o.kind, o.name, o.shortName, o.status, o.inn, o.address,
    c?.surname ?? null, c?.name ?? null, c?.patronymic ?? null, c?.gender ?? null, c?.phone ?? null,
    c?.email ?? null, c?.emailConsent ?? null, date(c?.termStart), date(c?.termEnd),
    o.statMembers, o.statEmployees, o.statAutoReport,
  ];
}

const placeholders = (n: number): string => new Array<string>(n).fill('?').join(', ');

/** Writes the region; returns the number of members on registration (removed ones excluded). */
export async function writePlan(filePath: string, plan: RegionPlan, hooks: WriteHooks = {}): Promise<number> {
  const { signal, onProgress } = hooks;
  if (signal?.aborted) throw cancelled();

  const target = path.resolve(filePath);
  const folder = path.dirname(target);
  if (!fs.existsSync(folder)) {
    throw new AppError('file_not_found', `Папка «${folder}» не найдена. Демонстрационный регион создать негде.`);
  }
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  const totalMembers = plan.orgs.reduce((s, o) => s + o.members, 0);
  const total = plan.orgs.length + totalMembers;
  let db: Database | null = null;

  try {
    db = openRegistryDb(temp, { create: true, nativeBinding: hooks.nativeBinding });
    // The temporary file is thrown away on any failure, so durability on each commit buys
    // nothing here; the final checkpoint and close make it complete before the rename.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');

    const insertOrg = db.prepare(`INSERT INTO organizations (${ORG_COLUMNS.join(', ')}) VALUES (${placeholders(ORG_COLUMNS.length)})`);
    const conn = db;
    conn.transaction(() => {
      for (const o of plan.orgs) insertOrg.run(...orgRow(o));
    })();
    onProgress?.(plan.orgs.length, total);
    await tick();
    if (signal?.aborted) throw cancelled();

    const insertMember = db.prepare(
      `INSERT INTO members (${MEMBER_COLUMNS.join(', ')}) VALUES (${placeholders(MEMBER_COLUMNS.length)})`,
    );
    const rows = memberRows(plan, new Random(plan.seed, 'members'));
    const batchSize = Math.max(500, Math.ceil(totalMembers / BATCHES));
    let written = 0;
    let active = 0;
    const insertBatch = conn.transaction((): boolean => {
      for (let i = 0; i < batchSize; i++) {
        const next = rows.next();
        if (next.done) return false;
        insertMember.run(...next.value);
        written++;
        if (next.value[23] === null) active++;
      }
      return true;
    });
    let more = written < totalMembers;
    while (more) {
      more = insertBatch() && written < totalMembers;
      onProgress?.(plan.orgs.length + written, total);
      await tick();
      if (signal?.aborted) throw cancelled();
    }

    const asOf = isoDate(plan.asOf);
    // A fixed time of day from the seed keeps the file reproducible (no clock involved).
    const minutes = 9 * 60 + (Math.abs(Math.trunc(plan.seed)) % 240);
    const createdAt = `${asOf}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`;
    conn.transaction(() => {
      const snapshot = conn
        .prepare('INSERT INTO snapshots (as_of, source, created_at, org_count, member_count) VALUES (?, ?, ?, ?, ?)')
        .run(asOf, SNAPSHOT_SOURCE, createdAt, plan.orgs.length, active);
      captureSnapshotIndicators(conn, Number(snapshot.lastInsertRowid));
      const setting = conn.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
      setting.run('region.name', JSON.stringify(plan.root.name));
      setting.run('region.shortName', JSON.stringify(plan.root.shortName));
    })();

    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    db = null;
    if (signal?.aborted) throw cancelled();

    // A stale -wal (or hot -journal) of the old target would be applied to the new file on
    // open and corrupt it: the old file is being replaced anyway, so they go first.
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
    try {
      fs.renameSync(temp, target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
        throw new AppError(
          'busy',
          `Файл «${path.basename(target)}» занят другой программой или защищён от записи. Закройте его и повторите.`,
        );
      }
      throw err;
    }
    removeFileSet(temp);
    onProgress?.(total, total);
    return active;
  } catch (err) {
    if (db?.open) db.close();
    removeFileSet(temp);
    if (signal?.aborted && !(err instanceof AppError && err.code === 'cancelled')) throw cancelled();
    throw err;
  }
}
