// The selected block of cells, as in Excel: an anchor (where the selection started) and a
// focus (the active corner). Rows are display indices; columns are ids, turned into positions
// against the columns currently shown, so moving or hiding a column keeps the selection sane.

export interface CellRef {
  row: number;
  colId: string;
}

export interface CellRange {
  anchor: CellRef;
  focus: CellRef;
}

export interface RangeBounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function rangeBounds(range: CellRange, columns: readonly string[]): RangeBounds | null {
  const a = columns.indexOf(range.anchor.colId);
  const f = columns.indexOf(range.focus.colId);
  if (a < 0 || f < 0) return null;
  return {
    top: Math.min(range.anchor.row, range.focus.row),
    bottom: Math.max(range.anchor.row, range.focus.row),
    left: Math.min(a, f),
    right: Math.max(a, f),
  };
}

export function inBounds(b: RangeBounds | null, row: number, col: number): boolean {
  return b !== null && row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

/** The focus moved by one step (Shift+arrow), kept inside the grid. */
export function moveFocus(
  range: CellRange,
  columns: readonly string[],
  rowCount: number,
  dRow: number,
  dCol: number,
): CellRange {
  const col = Math.min(columns.length - 1, Math.max(0, columns.indexOf(range.focus.colId) + dCol));
  const row = Math.min(rowCount - 1, Math.max(0, range.focus.row + dRow));
  return { anchor: range.anchor, focus: { row, colId: columns[col]! } };
}

export function singleCell(cell: CellRef): CellRange {
  return { anchor: cell, focus: cell };
}
