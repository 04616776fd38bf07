// What a paste would do, decided before anything is sent: every pasted cell is read with its
// field's parser (the import's rules), and a single problem refuses the whole paste with a list
// of which cells and why. Pure, so it is tested without a browser.
import { displayValue } from '../../../../../shared/edit/display';
import { readFieldValue } from '../../../../../shared/edit/fields';
import type { MemberRow } from '../../../../../shared/domain/types';
import { isEditableColumn, type MemberColumn } from './memberColumnModel';
import { REGISTRY_TEXT } from '../strings';

const T = REGISTRY_TEXT.edit;

export interface PasteInput {
  /** The clipboard's cells (parseTsv). */
  block: readonly (readonly string[])[];
  /** Top-left target: a display row and a position among the shown columns. */
  top: number;
  left: number;
  /** Size of the selected range: a single copied cell fills all of it, as in Excel. */
  area: { rows: number; cols: number };
  columns: readonly MemberColumn[];
  rowCount: number;
}

export interface PasteCell {
  id: number;
  field: string;
  value: string;
}

export interface PastePlan {
  rows: number;
  cols: number;
  changes: PasteCell[];
  problems: string[];
}

/** The block's shape on the grid; a 1×1 block is repeated over a larger selected range. */
export function pasteShape(input: Pick<PasteInput, 'block' | 'area'>): { rows: number; cols: number } {
  const rows = input.block.length;
  const cols = Math.max(0, ...input.block.map((r) => r.length));
  if (rows === 1 && cols === 1) return { rows: Math.max(1, input.area.rows), cols: Math.max(1, input.area.cols) };
  return { rows, cols };
}

/** `rows[i]` is the target row top + i (all loaded by the caller). */
export function planPaste(input: PasteInput, rows: readonly (MemberRow | undefined)[]): PastePlan {
  const shape = pasteShape(input);
  const single = input.block.length === 1 && input.block[0]!.length === 1;
  const problems: string[] = [];
  const changes: PasteCell[] = [];
  const extraCols = input.left + shape.cols - input.columns.length;
  const extraRows = input.top + shape.rows - input.rowCount;
  if (extraCols > 0) problems.push(T.pasteTooWide(extraCols));
  if (extraRows > 0) problems.push(T.pasteTooLong(extraRows));
  if (problems.length > 0) return { ...shape, changes, problems };

  for (let r = 0; r < shape.rows; r++) {
    const row = rows[r];
    for (let c = 0; c < shape.cols; c++) {
      const col = input.columns[input.left + c]!;
      const text = single ? input.block[0]![0]! : (input.block[r]?.[c] ?? '');
      const where = (problem: string) => T.pasteRow(input.top + r + 1, col.label, problem);
      if (!row) continue; // the caller loads every target row; a gap means the list changed meanwhile
      const current = (row as unknown as Record<string, unknown>)[col.colId];
      if (!isEditableColumn(col)) {
        // A copied block often carries read-only columns back unchanged: that is not an error.
        const shown = col.spec ? displayValue(col.spec, current) : String(current ?? '');
        if (shown.trim() !== text.trim()) problems.push(where(T.readOnlyColumn));
        continue;
      }
      const read = readFieldValue(col.spec, text);
      if (!read.ok) problems.push(where(read.problem));
      else changes.push({ id: row.id, field: col.colId, value: text });
    }
  }
  return { ...shape, changes, problems };
}
