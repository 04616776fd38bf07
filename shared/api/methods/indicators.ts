import { z } from 'zod';
import { INDICATOR_KEYS, METRIC_LEVELS, type IndicatorKey, type IndicatorTable, type TierThresholds } from '../../domain/indicators';
import { thresholdsSchema } from '../../domain/thresholds';
import type { Snapshot } from '../../domain/types';
import { emptyArgs, idSchema, method } from '../method';

/** A stored snapshot, and whether indicators can be computed for it. */
export interface SnapshotChoice extends Snapshot {
  hasIndicators: boolean;
}

/** A file produced for the user: written to `path`, or returned as base64 for a download. */
export interface ExportedFile {
  fileName: string;
  path: string | null;
  base64: string | null;
}

const tableArgs = {
  level: z.enum([...METRIC_LEVELS, 'all']).default('local'),
  snapshotId: idSchema.nullable().default(null),
  compareId: idSchema.nullable().default(null),
};

export const indicatorMethods = {
  'indicators.table': method<IndicatorTable>()(z.object(tableArgs).strict()),
  'indicators.snapshots': method<SnapshotChoice[]>()(emptyArgs),
  'indicators.thresholds': method<TierThresholds>()(emptyArgs),
  'indicators.setThresholds': method<TierThresholds>()(thresholdsSchema),
  'indicators.export': method<ExportedFile>()(
    z
      .object({
        ...tableArgs,
        format: z.enum(['xlsx', 'docx']),
        /** The columns to export, in order; empty: every indicator (XLSX) or the main ones (DOCX). */
        columns: z.array(z.enum(INDICATOR_KEYS as [IndicatorKey, ...IndicatorKey[]])).max(INDICATOR_KEYS.length).default([]),
        /** Where to write; null returns the file's bytes for a download. */
        path: z.string().trim().min(1).nullable().default(null),
      })
      .strict(),
  ),
} as const;
