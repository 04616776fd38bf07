// Writes an export table to XLSX or CSV through a temporary file, with progress and cancel
// between chunks.
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { CsvEncoding, ExportFormat, ExportResult } from '../../../shared/api/methods/export';
import { formatInt } from '../../../shared/ru';
import type { CallContext } from '../context';
import type { ExportTable } from './lists';
import { EXPORT_TEXT } from './strings';
import { writeAtomically } from './write/atomic';
import { openCsvWriter } from './write/csv';
import type { TableWriter } from './write/types';
import { openXlsxWriter } from './write/xlsx';

export interface ExportTarget {
  path: string;
  format: ExportFormat;
  encoding: CsvEncoding;
}

/** The target's name with the format's extension («список» → «список.xlsx»). */
export function withExtension(target: string, format: ExportFormat): string {
  return target.toLowerCase().endsWith(`.${format}`) ? target : `${target}.${format}`;
}

export async function writeExport(table: ExportTable, target: ExportTarget, ctx: Pick<CallContext, 'signal' | 'progress'>): Promise<ExportResult> {
  let rows = 0;
  const file = await writeAtomically(withExtension(target.path, target.format), async (temp) => {
    const writer: TableWriter =
      target.format === 'xlsx' ? openXlsxWriter(temp, table.sheet, table.headers) : openCsvWriter(temp, table.headers, target.encoding);
    try {
      for (const chunk of table.chunks) {
        for (const cells of chunk) await writer.row(cells);
        rows += chunk.length;
        ctx.progress(EXPORT_TEXT.progress(formatInt(rows)), rows, table.total);
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (ctx.signal.aborted) throw new AppError('cancelled', EXPORT_TEXT.cancelled);
      }
      await writer.finish();
    } catch (err) {
      await writer.abort();
      throw err;
    }
  });
  return { path: file, fileName: path.basename(file), rows };
}
