// Importing AIS exports and Excel sheets: look at a file (sheets, headers, mapping), preview what
// it would change, then commit it in one transaction; plus the import templates.
import { z } from 'zod';
import { method, pathSchema } from '../method';

export const IMPORT_KINDS = ['orgs', 'members', 'stats'] as const;
export type ImportKindId = (typeof IMPORT_KINDS)[number];

/** header as written in the file → field id (or null: ignore the column). */
export const columnMapSchema = z.record(z.string().max(1000), z.string().max(100).nullable());
export type ColumnMapArg = z.infer<typeof columnMapSchema>;

export interface ImportField {
  id: string;
  /** The canonical header. */
  label: string;
}

export interface ImportInspection {
  path: string;
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string | null;
  /** CSV only: «UTF-8», «Windows-1251»… and the delimiter as a word («точка с запятой»). */
  encoding: string | null;
  delimiter: string | null;
  /** The sheet row of the header. */
  headerRow: number;
  headers: string[];
  /** First data rows, as text, for the mapping screen. */
  sample: string[][];
  detectedKind: ImportKindId | null;
  kind: ImportKindId;
  mapping: ColumnMapArg;
  /** The mapping came from an earlier import of a file with the same headers. */
  remembered: boolean;
  /** Fields of each kind, for the mapping dropdowns. */
  fields: Record<ImportKindId, ImportField[]>;
  /** Why the file cannot be imported as it stands (no data, missing columns), or null. */
  problem: string | null;
  /** The as-of date offered: from the file name, else today. */
  asOf: string;
}

export interface ImportProblem {
  file: string;
  /** The sheet row (Excel numbering), or null for a problem of the whole file. */
  row: number | null;
  column: string | null;
  message: string;
  /** error: the row is skipped; warning: the value is dropped or kept as is, the row is loaded. */
  severity: 'error' | 'warning';
}

export interface FieldUpdate {
  row: number;
  /** Who: an organization's code and name, or a member's AIS id (or «—») and FIO. */
  key: string;
  name: string;
  field: string;
  old: string;
  new: string;
}

export interface ImportedRecord {
  row: number | null;
  key: string;
  name: string;
  /** The organization of a member, for the «missing» list. */
  org: string | null;
}

export interface ImportCounts {
  /** Data rows read (blank rows are not counted). */
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Fields changed across all updated records. */
  fieldUpdates: number;
  /** On registration before, not in the file now (members), or not in the file (organizations). */
  missing: number;
  /** Members taken off registration with reason «нет в выгрузке». */
  removed: number;
  /** Members removed earlier as «нет в выгрузке» who are back in this file. */
  restored: number;
  errors: number;
  warnings: number;
}

export interface ImportReport {
  file: string;
  kind: ImportKindId;
  sheet: string | null;
  asOf: string;
  counts: ImportCounts;
  skippedReasons: { reason: string; count: number }[];
  /** The first problems (errors first, then warnings); `counts` has the totals. */
  problems: ImportProblem[];
  updates: FieldUpdate[];
  adds: ImportedRecord[];
  missing: ImportedRecord[];
  /** Columns that fill nothing and were ignored. */
  ignoredColumns: string[];
  /** Size and time of the file read, so a commit can refuse a file changed after its preview. */
  fingerprint: { size: number; mtimeMs: number };
}

export interface ImportSummary extends ImportReport {
  snapshotId: number;
  /** The copy of the registry made just before the commit. */
  backupPath: string | null;
  seconds: number;
  rowsPerSecond: number;
}

const fileArgs = {
  path: pathSchema,
  sheet: z.string().max(300).nullable().default(null),
};
const runArgs = {
  ...fileArgs,
  kind: z.enum(IMPORT_KINDS),
  mapping: columnMapSchema.nullable().default(null),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата данных — в виде ГГГГ-ММ-ДД')
    .nullable()
    .default(null),
};

/** What a native file chooser is for: a file to load, or where to save an export or a template. */
export const CHOOSE_FILE_PURPOSES = ['import', 'export'] as const;

export const importMethods = {
  // Served by the desktop host: an open dialog (import) or a save dialog (export). Browser mode
  // has no dialogs and refuses; the page asks for a typed path instead.
  'host.chooseFile': method<{ path: string | null }>()(
    z
      .object({
        purpose: z.enum(CHOOSE_FILE_PURPOSES),
        format: z.enum(['xlsx', 'csv']).nullable().default(null),
        defaultName: z.string().max(200).nullable().default(null),
      })
      .strict(),
  ),
  'import.inspect': method<ImportInspection>()(
    z.object({ ...fileArgs, kind: z.enum(IMPORT_KINDS).nullable().default(null) }).strict(),
  ),
  'import.preview': method<ImportReport>()(z.object(runArgs).strict()),
  'import.commit': method<ImportSummary>()(
    z
      .object({
        ...runArgs,
        /** Take members missing from the file off registration («нет в выгрузке»). */
        removeMissing: z.boolean().default(false),
        /** From the preview: the commit refuses a file changed since. */
        fingerprint: z.object({ size: z.number().int().min(0), mtimeMs: z.number() }).nullable().default(null),
      })
      .strict(),
  ),
  'import.saveTemplate': method<{ path: string }>()(
    z.object({ kind: z.enum(IMPORT_KINDS), path: pathSchema }).strict(),
  ),
} as const;
