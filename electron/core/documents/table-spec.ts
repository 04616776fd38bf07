// A document table as plain data (header, widths, cells as printed), rendered to DOCX by
// docx/tables.ts and reused by the analysis export.
export interface TableColumn {
  header: string;
  /** Relative width in millimetres; the renderer scales the columns to the text width. */
  widthMm: number;
  align: 'left' | 'center' | 'right';
}

export interface TableSpec {
  /** «Таблица 1. Охват электронным учётом» — printed above the table. */
  caption: string;
  columns: TableColumn[];
  rows: string[][];
  /** The «Итого» row, printed bold; null for lists without a sum. */
  total: string[] | null;
  /** What to print instead of an empty table. */
  emptyText: string;
}
