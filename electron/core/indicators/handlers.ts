import path from 'node:path';
import type { ExportedFile } from '../../../shared/api/methods/indicators';
import { INDICATOR_KEYS } from '../../../shared/domain/indicators';
import { saveFileAtomic } from '../documents/save-file';
import { requireRegistry, type FeatureHandlers } from '../handlers';
import { toSnapshot, type SnapshotRecord } from '../registry/info';
import { computeIndicators } from './compute';
import { DOCX_DEFAULT_COLUMNS, exportTitle, indicatorsDocx, indicatorsXlsx } from './export';
import { readThresholds, writeThresholds } from './thresholds';

/** The file's bytes written where asked, or handed back for a download. */
export function deliver(data: Buffer, fileName: string, target: string | null): ExportedFile {
  if (target === null) return { fileName, path: null, base64: data.toString('base64') };
  const file = saveFileAtomic(target, data);
  return { fileName: path.basename(file), path: file, base64: null };
}

/** A file name Windows accepts: no \ / : * ? " < > | and no trailing dot or space. */
export function safeFileName(title: string, ext: string): string {
  const base = title.replace(/[\\/:*?"<>|«»\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '').slice(0, 120);
  return `${base || 'Документ'}.${ext}`;
}

export const indicatorHandlers: FeatureHandlers<
  'indicators.table' | 'indicators.snapshots' | 'indicators.thresholds' | 'indicators.setThresholds' | 'indicators.export'
> = (state) => ({
  'indicators.table': (args) => computeIndicators(requireRegistry(state).db, args),
  'indicators.snapshots': () => {
    const rows = requireRegistry(state)
      .db.prepare(
        `SELECT id, as_of, source, created_at, org_count, member_count, indicators IS NOT NULL AS has_indicators
           FROM snapshots ORDER BY as_of DESC, id DESC`,
      )
      .all() as Array<SnapshotRecord & { has_indicators: number }>;
    return rows.map((r) => ({ ...toSnapshot(r), hasIndicators: r.has_indicators === 1 }));
  },
  'indicators.thresholds': () => readThresholds(requireRegistry(state).db),
  'indicators.setThresholds': (t) => {
    const { db } = requireRegistry(state);
    writeThresholds(db, t);
    return readThresholds(db);
  },
  'indicators.export': async ({ format, columns, path: target, ...args }) => {
    const table = computeIndicators(requireRegistry(state).db, args);
    const chosen = columns.length > 0 ? columns : format === 'xlsx' ? INDICATOR_KEYS : DOCX_DEFAULT_COLUMNS;
    const data = format === 'xlsx' ? await indicatorsXlsx(table, chosen) : await indicatorsDocx(table, chosen);
    return deliver(data, safeFileName(exportTitle(table), format), target);
  },
});
