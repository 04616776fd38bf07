// An import file positioned at its data: the header found, the rows after it streamed on.
import { AppError } from '../../../shared/api/errors';
import { isBlank } from '../../../shared/values';
import { findHeaderRow, HEADER_SEARCH_ROWS, type HeaderRow } from './match/header-row';
import { openTable } from './read/open';
import type { ReadOptions, SourceRow, TableSource } from './read/types';
import { IMPORT_TEXT } from './strings';

const SAMPLE_ROWS = 5;

export interface ImportSource {
  table: TableSource;
  header: HeaderRow;
  /** The first data rows (blank rows left out). */
  sample: SourceRow[];
  /** Data rows after the header, blank rows left out; can be iterated once. */
  data(): AsyncIterable<SourceRow[]>;
}

const blankRow = (r: SourceRow): boolean => r.cells.every(isBlank);

export async function openImportSource(file: string, sheet: string | null, options: Omit<ReadOptions, 'sheet'> = {}): Promise<ImportSource> {
  const table = await openTable(file, { ...options, sheet });
  const iterator = table.rows()[Symbol.asyncIterator]();
  const buffered: SourceRow[] = [];
  let finished = false;
  try {
    while (buffered.length < HEADER_SEARCH_ROWS + SAMPLE_ROWS) {
      const next = await iterator.next();
      if (next.done) {
        finished = true;
        break;
      }
      buffered.push(...next.value);
    }
  } catch (err) {
    table.close();
    throw err;
  }
  const header = findHeaderRow(buffered);
  if (!header) {
    table.close();
    throw new AppError('bad_args', IMPORT_TEXT.match.noHeader(table.fileName));
  }
  const rest = buffered.slice(header.index + 1).filter((r) => !blankRow(r));

  async function* data(): AsyncIterable<SourceRow[]> {
    if (rest.length > 0) yield rest;
    if (finished) return;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        const rows = next.value.filter((r) => !blankRow(r));
        if (rows.length > 0) yield rows;
      }
    } finally {
      table.close();
    }
  }

  return { table, header, sample: rest.slice(0, SAMPLE_ROWS), data };
}
