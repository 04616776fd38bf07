import { openTable } from '../../../electron/core/import/read/open';
import type { ReadOptions, SourceRow, TableSource } from '../../../electron/core/import/read/types';

/** Every row of a file (small files only). */
export async function readAll(file: string, options: ReadOptions = {}): Promise<{ source: TableSource; rows: SourceRow[] }> {
  const source = await openTable(file, options);
  const rows: SourceRow[] = [];
  for await (const batch of source.rows()) rows.push(...batch);
  return { source, rows };
}

/** The AppError message a promise rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    return { code: (err as { code?: string }).code ?? '', message: (err as Error).message };
  }
  throw new Error('expected a rejection');
}
