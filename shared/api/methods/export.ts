// Exporting lists back to Excel: organizations, members (exactly as the grid filters them) and
// the change set since a snapshot, as XLSX or CSV (UTF-8 with BOM, or Windows-1251).
import { z } from 'zod';
import { memberQueryShape, memberSortSchema } from '../memberQuery';
import { idSchema, method, pathSchema } from '../method';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export const CSV_ENCODINGS = ['utf-8', 'windows-1251'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export interface ExportResult {
  path: string;
  fileName: string;
  /** Data rows written (the header not counted). */
  rows: number;
}

const target = {
  path: pathSchema,
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  /** CSV only: UTF-8 with a BOM (Excel reads it) or Windows-1251 for older programs. */
  encoding: z.enum(CSV_ENCODINGS).default('utf-8'),
};

export const exportMethods = {
  'export.orgs': method<ExportResult>()(
    z.object({ ...target, orgId: idSchema.nullable().default(null), subtree: z.boolean().default(true) }).strict(),
  ),
  'export.members': method<ExportResult>()(z.object({ ...target, ...memberQueryShape, sort: memberSortSchema }).strict()),
  'export.changes': method<ExportResult>()(
    z.object({ ...target, /** null: since the latest snapshot. */ snapshotId: idSchema.nullable().default(null) }).strict(),
  ),
} as const;
