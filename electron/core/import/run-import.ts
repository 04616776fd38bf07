// Preview and commit are the same pass over the file: the preview counts and collects, the
// commit also writes. The commit runs in ONE transaction, in chunks with the event loop free
// between them (progress, cancel); a cancel, an error or a crash leaves the file as it was. A
// copy of the file is made just before.
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { ImportReport, ImportSummary } from '../../../shared/api/methods/import';
import { toIsoDate } from '../../../shared/ru';
import { dateInFileName } from '../../../shared/values';
import type { OpenRegistry } from '../context';
import { commitWithCheckpoint } from '../db/checkpoint';
import type { RowsWorkerOptions } from '../workers';
import { captureSnapshotIndicators } from '../indicators/snapshot';
import { backupRegistry } from './backup';
import type { ImportKind } from './fields';
import { rememberMapping } from './mapping-store';
import { resolveMapping, type ColumnMap, type ResolvedMapping } from './match/mapping';
import { ImportLog } from './report';
import { cancelledError, type RunContext } from './run/context';
import { runMembers } from './run/members';
import { runOrgs } from './run/orgs';
import { runStats } from './run/stats';
import { openImportSource, type ImportSource } from './source';
import { importRows, rowsThreadFor, startRowsThread, type ImportRows } from './rows/import-rows';
import { IMPORT_TEXT } from './strings';

export interface ImportArgs {
  path: string;
  sheet: string | null;
  kind: ImportKind;
  mapping: ColumnMap | null;
  asOf: string | null;
  removeMissing?: boolean;
  fingerprint?: { size: number; mtimeMs: number } | null;
}

export interface ImportHooks {
  signal: AbortSignal;
  progress(title: string, done: number, total: number | null): void;
  rowsWorker?: RowsWorkerOptions | null;
  /** The checkpoint thread's script (and the addon it loads) for a large commit's log. */
  checkpoint?: { script: string; nativeBinding?: string } | null;
}

const PROGRESS_EVERY_MS = 200;
/** Page cache for a commit (KiB, as SQLite counts a negative size): enough for the pages an
 * update of 200,000 cards touches; more only raised the peak memory in the benchmark. */
const COMMIT_CACHE_KIB = 65_536;
/** Records added or changed from which a commit's log is copied into the file by the
 * checkpoint thread (db/checkpoint.ts): ~5 MB of log at this size, ~110 MB for 200,000 members. */
const LARGE_COMMIT_RECORDS = 10_000;
/** Files being imported into: a second import into the same file waits its turn. */
const busy = new WeakSet<Database>();

export function defaultAsOf(fileName: string, today: Date = new Date()): string {
  return dateInFileName(fileName) ?? toIsoDate(today);
}

interface Pass {
  log: ImportLog;
  source: ImportSource;
  mapping: ResolvedMapping;
  asOf: string;
  fingerprint: { size: number; mtimeMs: number };
}

async function pass(db: Database, args: ImportArgs, hooks: ImportHooks, write: boolean, before?: () => Promise<void>): Promise<Pass> {
  const file = path.resolve(args.path);
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(file);
  } catch {
    // openImportSource names the missing file.
  }
  const fingerprint = { size: stat?.size ?? 0, mtimeMs: stat?.mtimeMs ?? 0 };
  if (args.fingerprint && (args.fingerprint.size !== fingerprint.size || args.fingerprint.mtimeMs !== fingerprint.mtimeMs)) {
    throw new AppError('conflict', IMPORT_TEXT.fileChanged(path.basename(file)));
  }
  // A large file goes to the row thread, which proves a workbook whole itself: here only the
  // header is read. The thread starts first: it gets ready meanwhile, and while the backup is made.
  const script = rowsThreadFor(fingerprint.size, hooks.rowsWorker ?? null);
  const thread = startRowsThread(script, { file, sheet: args.sheet, kind: args.kind, mapping: args.mapping });
  let source: ImportSource;
  try {
    source = await openImportSource(file, args.sheet, { verify: script === null });
  } catch (err) {
    thread?.close();
    throw err;
  }
  const fileName = source.table.fileName;
  let reader: ImportRows | null = null;
  try {
    const mapping = resolveMapping(fileName, args.kind, source.header.headers, args.mapping);
    const asOf = args.asOf ?? defaultAsOf(fileName);
    const log = new ImportLog();
    const kindLabel = IMPORT_TEXT.kinds[args.kind];
    const title = write ? IMPORT_TEXT.progress.commit(kindLabel) : IMPORT_TEXT.progress.preview(kindLabel);
    const started = Date.now();
    let shown = 0;
    const ctx: RunContext = {
      db,
      write,
      fileName,
      asOf,
      at: new Date().toISOString(),
      log,
      async pause(rows) {
        const now = Date.now();
        if (now - shown >= PROGRESS_EVERY_MS) {
          shown = now;
          const { done, total } = reader?.progress() ?? source.table.progress();
          const perSecond = Math.round(rows / Math.max((now - started) / 1000, 0.001));
          hooks.progress(IMPORT_TEXT.progress.rate(title, rows, perSecond), done, total);
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (hooks.signal.aborted) throw cancelledError();
      },
    };
    reader = importRows(source, mapping, thread);
    if (before) await before();
    if (args.kind === 'members') await runMembers(ctx, reader, mapping, { removeMissing: args.removeMissing ?? false });
    else if (args.kind === 'orgs') await runOrgs(ctx, reader, mapping);
    else await runStats(ctx, reader, mapping);
    if (log.counts.rows === 0) throw new AppError('bad_args', IMPORT_TEXT.match.noData(fileName));
    return { log, source, mapping, asOf, fingerprint };
  } finally {
    reader?.close();
    thread?.close();
    source.table.close();
  }
}

function report(p: Pass, args: ImportArgs): ImportReport {
  return p.log.report({
    file: p.source.table.path,
    kind: args.kind,
    sheet: p.source.table.sheet,
    asOf: p.asOf,
    ignoredColumns: p.mapping.unknown,
    fingerprint: p.fingerprint,
  });
}

function guard(db: Database): () => void {
  if (busy.has(db)) throw new AppError('busy', IMPORT_TEXT.busy);
  busy.add(db);
  return () => busy.delete(db);
}

/** What the file would change; nothing is written. */
export async function previewImport(reg: OpenRegistry, args: ImportArgs, hooks: ImportHooks): Promise<ImportReport> {
  const release = guard(reg.db);
  try {
    return report(await pass(reg.db, args, hooks, false), args);
  } finally {
    release();
  }
}

/** Loads the file: backup, one transaction, a snapshot with its indicators. */
export async function commitImport(reg: OpenRegistry, args: ImportArgs, hooks: ImportHooks): Promise<ImportSummary> {
  const { db } = reg;
  const release = guard(db);
  const started = Date.now();
  let backupPath: string | null = null;
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${COMMIT_CACHE_KIB}`);
  try {
    const result = await pass(db, args, hooks, true, async () => {
      hooks.progress(IMPORT_TEXT.progress.backup, 0, null);
      backupPath = await backupRegistry(db, reg.path);
      if (hooks.signal.aborted) throw cancelledError();
      db.exec('BEGIN IMMEDIATE');
    });
    hooks.progress(IMPORT_TEXT.progress.indicators, 1, 1);
    const snapshotId = insertSnapshot(db, result, args);
    captureSnapshotIndicators(db, snapshotId);
    rememberMapping(db, args.kind, result.mapping.headers, result.mapping.columns);
    if (hooks.signal.aborted) throw cancelledError();
    const { added, updated, removed } = result.log.counts;
    const checkpoint = added + updated + removed >= LARGE_COMMIT_RECORDS ? (hooks.checkpoint ?? null) : null;
    // The log copy, if in a thread, is not waited for: the commit is durable already.
    void commitWithCheckpoint(db, { file: reg.path, nativeBinding: checkpoint?.nativeBinding }, checkpoint?.script ?? null);
    const seconds = (Date.now() - started) / 1000;
    return {
      ...report(result, args),
      snapshotId,
      backupPath,
      seconds,
      rowsPerSecond: Math.round(result.log.counts.rows / Math.max(seconds, 0.001)),
    };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    db.pragma(`cache_size = ${cache}`);
    release();
  }
}

function insertSnapshot(db: Database, p: Pass, args: ImportArgs): number {
  const orgs = (db.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number }).n;
  const members = (db.prepare('SELECT count(*) AS n FROM members WHERE removed_on IS NULL').get() as { n: number }).n;
  const source = IMPORT_TEXT.snapshotSource(IMPORT_TEXT.kinds[args.kind], p.source.table.fileName);
  const info = db
    .prepare('INSERT INTO snapshots (as_of, source, created_at, org_count, member_count) VALUES (?, ?, ?, ?, ?)')
    .run(p.asOf, source, new Date().toISOString(), orgs, members);
  return Number(info.lastInsertRowid);
}
