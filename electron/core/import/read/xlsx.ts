// XLSX workbooks, read as a stream with exceljs after the archive is proven whole (see zip.ts).
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../../../../shared/api/errors';
import { IMPORT_TEXT } from '../strings';
import { plainCell } from './cells';
import { isEncryptedPackage } from './sniff';
import type { ReadOptions, SourceRow, TableSource } from './types';
import { readCentralDirectory, verifyZip, ZipError, type ZipEntry } from './zip';

const BATCH = 2000;

interface SheetModel {
  name: string;
  state?: string;
}

/** Why a zip is not a workbook, from the names inside it. */
function checkPackage(fileName: string, entries: ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return;
  if (names.has('content.xml') && names.has('mimetype')) throw new AppError('bad_args', IMPORT_TEXT.read.ods(fileName));
  throw new AppError('bad_args', IMPORT_TEXT.read.otherZip(fileName));
}

function zipFailure(fileName: string, err: unknown): never {
  if (err instanceof ZipError) {
    const p = err.problem;
    if (p.kind === 'truncated') throw new AppError('corrupt', IMPORT_TEXT.read.truncated(fileName));
    if (p.kind === 'tooBig') throw new AppError('bad_args', IMPORT_TEXT.read.tooBig(fileName));
    throw new AppError('corrupt', IMPORT_TEXT.read.corrupt(fileName, p.part));
  }
  throw err;
}

export function passwordOrOldExcel(file: string): AppError {
  const fileName = path.basename(file);
  return new AppError('bad_args', isEncryptedPackage(file) ? IMPORT_TEXT.read.password(fileName) : IMPORT_TEXT.read.oldXls(fileName));
}

export async function openXlsx(file: string, options: ReadOptions): Promise<TableSource> {
  const fileName = path.basename(file);
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(file);
    checkPackage(fileName, entries);
    await verifyZip(file, entries);
  } catch (err) {
    zipFailure(fileName, err);
  }

  const total = fs.statSync(file).size;
  let done = 0;
  const input = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const counter = new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
      done += chunk.length;
      cb(null, chunk);
    },
  });
  input.on('error', (err) => counter.destroy(err));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input.pipe(counter), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Dates then arrive as Excel serial numbers, which the date fields read; other numbers
    // stay numbers. Skipping styles keeps the reader fast.
    styles: 'ignore',
    entries: 'ignore',
  });
  const worksheets = reader[Symbol.asyncIterator]();
  const fail = (err: unknown, sheet: string): AppError =>
    err instanceof AppError ? err : new AppError('corrupt', IMPORT_TEXT.read.badSheet(fileName, sheet, (err as Error).message));

  // The workbook's own list (tab order) is known once the first sheet arrives.
  let first: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader>;
  try {
    first = await worksheets.next();
  } catch (err) {
    input.destroy();
    throw fail(err, '1');
  }
  const model = (reader as unknown as { model?: { sheets?: SheetModel[] } }).model;
  const listed = (model?.sheets ?? []).filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden').map((s) => s.name);
  if (first.done) {
    input.destroy();
    throw new AppError('bad_args', IMPORT_TEXT.read.noSheets(fileName));
  }
  const firstName = (first.value as unknown as { name?: string }).name ?? '';
  const sheets = listed.length > 0 ? listed : [firstName];
  const wanted = options.sheet ?? sheets[0]!;
  if (!sheets.includes(wanted)) {
    input.destroy();
    throw new AppError('bad_args', IMPORT_TEXT.read.noSheet(fileName, wanted, sheets));
  }

  async function* rows(): AsyncIterable<SourceRow[]> {
    try {
      let current: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader> = first;
      while (!current.done) {
        const sheet = current.value as unknown as AsyncIterable<ExcelJS.Row> & { name?: string };
        if (sheet.name === wanted || (sheet.name === undefined && wanted === firstName)) {
          let batch: SourceRow[] = [];
          for await (const row of sheet) {
            const values = row.values as unknown[];
            const cells = new Array(Math.max(values.length - 1, 0));
            for (let i = 1; i < values.length; i++) cells[i - 1] = plainCell(values[i]);
            batch.push({ row: row.number, cells });
            if (batch.length >= BATCH) {
              yield batch;
              batch = [];
            }
          }
          if (batch.length > 0) yield batch;
          return;
        }
        current = await worksheets.next();
      }
    } catch (err) {
      throw fail(err, wanted);
    } finally {
      input.destroy();
    }
  }

  return {
    path: file,
    fileName,
    format: 'xlsx',
    sheets,
    sheet: wanted,
    encoding: null,
    delimiter: null,
    rows,
    progress: () => ({ done, total }),
    close: () => input.destroy(),
  };
}
