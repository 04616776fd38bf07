// Messages between the import and the thread that reads and checks its rows (worker.ts).
import type { ApiErrorData } from '../../../../shared/api/errors';
import type { ImportProblem } from '../../../../shared/api/methods/import';
import type { ImportKind } from '../fields';
import type { ColumnMap } from '../match/mapping';

/** What the row thread is started with: enough to open the file and map it as the import did. */
export interface RowsWorkerInit {
  file: string;
  sheet: string | null;
  kind: ImportKind;
  mapping: ColumnMap | null;
}

/** Converted rows: what ConvertedRow holds, without its methods. */
export interface RowsBatch {
  type: 'rows';
  rows: number[];
  /** The rows' values one after another, a row as wide as the mapping, blanks as null: one flat
   * array crosses between threads about twice as fast as an array a row. */
  values: unknown[];
  problems: (ImportProblem[] | null)[];
  skip: boolean[];
  done: number;
  total: number;
}

export type FromRowsWorker =
  /** The mapped field ids, by position: the import checks they are its own. */
  | { type: 'mapped'; fields: (string | null)[] }
  | RowsBatch
  | { type: 'end'; done: number; total: number }
  | { type: 'error'; error: ApiErrorData };

/** The import has taken a batch: one more may come. */
export type ToRowsWorker = { type: 'more' };
