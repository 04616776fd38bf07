// Where the header is and what each column is called. A title row («Список членов Профсоюза на
// 01.10.2026») may stand above the header, and a header may take two rows with merged cells
// («Председатель» over «фамилия», «имя», …): the header row is the one among the first rows
// that names the most known columns, and a name found only together with the merged cell above
// it is taken in that combined form.
import type { Cell, SourceRow } from '../read/types';
import { cellText } from '../../../../shared/values';
import { isKnownHeader } from './matcher';
import { IMPORT_TEXT } from '../strings';

export const HEADER_SEARCH_ROWS = 20;

export interface HeaderRow {
  /** Index in the buffered rows; data starts right after. */
  index: number;
  /** The sheet's row number of the header. */
  row: number;
  /** One unique name per column: empty ones named by their letter, repeats numbered. */
  headers: string[];
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function texts(cells: readonly Cell[]): string[] {
  return cells.map((c) => cellText(c).replace(/\s+/g, ' '));
}

/** Column names of `row`, completed from the (merged) row above where that makes them known. */
function combine(row: string[], above: string[] | null): string[] {
  if (!above) return row;
  const width = Math.max(row.length, above.length);
  const out: string[] = [];
  let spread = '';
  for (let c = 0; c < width; c++) {
    const own = row[c] ?? '';
    const top = above[c] ?? '';
    if (top !== '') spread = top;
    if (own === '') out.push(top);
    // The merged cell above makes the more specific name («Председатель: фамилия», not «фамилия»).
    else if (spread !== '' && isKnownHeader(`${spread}: ${own}`)) out.push(`${spread}: ${own}`);
    else out.push(own);
  }
  return out;
}

function uniqueNames(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((name, c) => {
    const base = name === '' ? IMPORT_TEXT.match.unnamedColumn(columnLetter(c)) : name;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

export function findHeaderRow(rows: readonly SourceRow[]): HeaderRow | null {
  let best: { index: number; names: string[]; score: number } | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const own = texts(rows[i]!.cells);
    if (own.every((t) => t === '')) continue;
    const above = i > 0 && rows[i - 1]!.row === rows[i]!.row - 1 ? texts(rows[i - 1]!.cells) : null;
    const names = combine(own, above);
    const score = names.filter((n) => n !== '' && isKnownHeader(n)).length;
    if (best === null || score > best.score) best = { index: i, names, score };
  }
  if (!best) return null;
  // Trailing empty columns are formatting, not columns.
  let width = best.names.length;
  while (width > 0 && best.names[width - 1] === '') width--;
  return { index: best.index, row: rows[best.index]!.row, headers: uniqueNames(best.names.slice(0, width)) };
}
