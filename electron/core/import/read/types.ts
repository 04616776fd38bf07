// What the readers give the import: rows of cells, streamed in batches, whatever the format.
import type { CellInput } from '../../../../shared/values';

export type Cell = Exclude<CellInput, undefined>;

export interface SourceRow {
  /** The row number as the user sees it: Excel's row, or the CSV record (1 = the first line). */
  row: number;
  cells: Cell[];
}

export type TableFormat = 'xlsx' | 'csv';
export type TextEncoding = 'utf-8' | 'windows-1251' | 'utf-16le' | 'utf-16be';
export type Delimiter = ';' | ',' | '\t';

export interface TableSource {
  /** Absolute path and the name used in messages. */
  path: string;
  fileName: string;
  format: TableFormat;
  /** Sheets of a workbook in tab order (visible ones); empty for CSV. */
  sheets: string[];
  sheet: string | null;
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  /** All rows, the header included, in batches; can be iterated once. */
  rows(): AsyncIterable<SourceRow[]>;
  /** Bytes read so far of the file's size: the progress of a pass. */
  progress(): { done: number; total: number };
  /** Stops reading and releases the file (after a break out of rows()). */
  close(): void;
}

export interface ReadOptions {
  /** A workbook's sheet by name; the first visible sheet when absent. */
  sheet?: string | null;
  /** false: a workbook's archive is not proven whole first — the row thread that will read the
   * rows proves it; this pass only needs the header. */
  verify?: boolean;
}
