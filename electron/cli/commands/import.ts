// `profreestr import FILE --db DB …`: the same preview and commit as the app, for scripts.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { IMPORT_KINDS, columnMapSchema, type ImportKindId, type ImportReport } from '../../../shared/api/methods/import';
import { formatInt } from '../../../shared/ru';
import type { Core } from '../../core';
import { requireRegistry } from '../../core/handlers';
import { commitImport, previewImport, type ImportHooks } from '../../core/import/run-import';
import { parseOptions, requireOption } from '../args';
import { UsageError, type Output } from '../output';
import { CLI_TEXT } from '../strings';

const T = CLI_TEXT.import;

/** A mapping file: {"kind": …, "sheet": …, "columns": {header: field}}, or just {header: field}. */
const mappingFileSchema = z
  .object({ kind: z.enum(IMPORT_KINDS).optional(), sheet: z.string().optional(), columns: columnMapSchema })
  .strict();
type MappingFile = z.infer<typeof mappingFileSchema>;

function readMapping(file: string): MappingFile {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(T.badMapping(file, (err as NodeJS.ErrnoException).code === 'ENOENT' ? T.notFound : (err as Error).message));
  }
  const full = mappingFileSchema.safeParse(raw);
  if (full.success) return full.data;
  const flat = columnMapSchema.safeParse(raw);
  if (flat.success) return { columns: flat.data };
  throw new UsageError(T.badMapping(file, full.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')));
}

function summaryJson(report: ImportReport & { snapshotId?: number; backupPath?: string | null; seconds?: number }) {
  const { counts } = report;
  return {
    file: report.file,
    kind: report.kind,
    asOf: report.asOf,
    dryRun: report.snapshotId === undefined,
    ...counts,
    skippedReasons: report.skippedReasons,
    errors: report.problems.filter((p) => p.severity === 'error').map(({ row, column, message }) => ({ row, column, message })),
    warnings: report.problems.filter((p) => p.severity === 'warning').map(({ row, column, message }) => ({ row, column, message })),
    ignoredColumns: report.ignoredColumns,
    snapshotId: report.snapshotId ?? null,
    backupPath: report.backupPath ?? null,
    seconds: report.seconds ?? null,
  };
}

function summaryText(report: ImportReport, dryRun: boolean): string {
  const c = report.counts;
  const lines = [
    dryRun ? T.dryRunTitle(report.file) : T.doneTitle(report.file),
    T.counts(formatInt(c.rows), formatInt(c.added), formatInt(c.updated), formatInt(c.unchanged), formatInt(c.skipped)),
  ];
  if (c.missing > 0) lines.push(T.missing(formatInt(c.missing), formatInt(c.removed)));
  for (const r of report.skippedReasons) lines.push(T.reason(r.reason, formatInt(r.count)));
  if (report.ignoredColumns.length > 0) lines.push(T.ignored(report.ignoredColumns));
  const shown = report.problems.slice(0, 20);
  for (const p of shown) lines.push(T.problem(p.severity === 'error', p.row, p.column, p.message));
  if (c.errors + c.warnings > shown.length) lines.push(T.more(formatInt(c.errors + c.warnings - shown.length)));
  return lines.join('\n');
}

export async function importCommand(argv: string[], out: Output, core: Core): Promise<void> {
  const [file, ...rest] = argv;
  if (!file || file.startsWith('--')) throw new UsageError(T.noFile);
  const opts = parseOptions(rest, {
    db: { type: 'string' },
    kind: { type: 'string' },
    mapping: { type: 'string' },
    'as-of': { type: 'string' },
    sheet: { type: 'string' },
    'remove-missing': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
  });
  const dbFile = path.resolve(requireOption(opts.db, 'db'));
  if (opts.kind !== undefined && !(IMPORT_KINDS as readonly string[]).includes(opts.kind)) throw new UsageError(T.badKind(opts.kind));
  if (opts['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts['as-of'])) throw new UsageError(T.badAsOf(opts['as-of']));
  const mapping = opts.mapping === undefined ? null : readMapping(path.resolve(opts.mapping));
  const source = path.resolve(file);

  // A missing registry is created: the first import of a region starts from nothing.
  await core.invoke(fs.existsSync(dbFile) ? 'registry.open' : 'registry.create', { path: dbFile });
  const sheet = opts.sheet ?? mapping?.sheet ?? null;
  let kind = (opts.kind as ImportKindId | undefined) ?? mapping?.kind;
  if (!kind) {
    const inspection = await core.invoke('import.inspect', { path: source, sheet });
    if (inspection.detectedKind === null) throw new UsageError(`${inspection.problem ?? ''}\n${T.giveKind}`);
    kind = inspection.detectedKind;
  }
  let shownAt = 0;
  const hooks: ImportHooks = {
    signal: new AbortController().signal,
    progress: (title) => {
      if (Date.now() - shownAt < 1000) return;
      shownAt = Date.now();
      out.info(title);
    },
  };
  const args = { path: source, sheet, kind, mapping: mapping?.columns ?? null, asOf: opts['as-of'] ?? null, removeMissing: opts['remove-missing'] ?? false };
  const reg = requireRegistry(core.state);
  if (opts['dry-run']) {
    const report = await previewImport(reg, args, hooks);
    out.result(summaryJson(report), summaryText(report, true));
  } else {
    const summary = await commitImport(reg, args, hooks);
    out.result(summaryJson(summary), `${summaryText(summary, false)}\n${T.saved(summary.asOf, summary.backupPath)}`);
  }
}
