/** A cell of an export: text, a number, a calendar date (ISO, shown dd.mm.yyyy) or empty. */
export type ExportCell = string | number | { date: string } | null;

export interface TableWriter {
  row(cells: readonly ExportCell[]): Promise<void>;
  /** Completes the file at its temporary path. */
  finish(): Promise<void>;
  /** Stops writing and closes the file, so the caller can remove it. */
  abort(): Promise<void>;
}
