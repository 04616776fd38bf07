// XLSX workbooks: the archive proven whole (zip.ts), the table of contents read (workbook.ts),
// the shared strings kept as one array, and the chosen sheet's XML streamed and scanned for its
// rows (sheet-rows.ts) — no general XML parser and no workbook model in memory.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
import { IMPORT_TEXT } from '../strings';
import { readSharedStrings } from './shared-strings';
import { SheetRows } from './sheet-rows';
import { isEncryptedPackage } from './sniff';
import type { ReadOptions, SourceRow, TableSource } from './types';
import { readBook, WORKBOOK, type Book } from './workbook';
import { openEntry, readCentralDirectory, verifyZip, ZipError, type EntryStream, type ZipEntry } from './zip';

const BATCH = 2000;

/** Why a zip is not a workbook, from the names inside it. */
function checkPackage(fileName: string, entries: ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  if (names.has(WORKBOOK)) return;
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
  let book: Book;
  let strings: string[] = [];
  try {
    const entries = readCentralDirectory(file);
    checkPackage(fileName, entries);
    if (options.verify !== false) await verifyZip(file, entries);
    book = readBook(file, entries);
    if (book.sheets.length > 0 && book.sharedStrings) strings = await readSharedStrings(file, book.sharedStrings);
  } catch (err) {
    zipFailure(fileName, err);
  }
  const sheets = book.sheets.map((s) => s.name);
  if (sheets.length === 0) throw new AppError('bad_args', IMPORT_TEXT.read.noSheets(fileName));
  const wanted = options.sheet ?? sheets[0]!;
  const chosen = book.sheets.find((s) => s.name === wanted);
  if (!chosen) throw new AppError('bad_args', IMPORT_TEXT.read.noSheet(fileName, wanted, sheets));
  const entry = chosen.entry;
  if (!entry) throw new AppError('corrupt', IMPORT_TEXT.read.corrupt(fileName, chosen.part));

  // Progress is the share of the sheet's packed bytes read, given in bytes of the whole file.
  const total = fs.statSync(file).size;
  let stream: EntryStream | null = null;
  let complete = false;
  const done = (): number => {
    if (complete || entry.compressedSize === 0) return total;
    return stream ? Math.round((total * stream.packedRead()) / entry.compressedSize) : 0;
  };

  const rows = async function* (): AsyncIterable<SourceRow[]> {
    const scanner = new SheetRows(strings);
    stream = openEntry(file, entry);
    try {
      for await (const chunk of stream.data as AsyncIterable<Buffer>) {
        scanner.feed(chunk);
        if (scanner.batch.length >= BATCH) yield scanner.take();
        if (scanner.finished) break;
      }
    } catch (err) {
      zipFailure(fileName, err instanceof AppError ? err : new ZipError({ kind: 'corrupt', part: entry.name }));
    } finally {
      stream.data.destroy();
    }
    // A sheet whose XML stops before </sheetData> was cut short by whatever wrote it.
    if (!scanner.finished) zipFailure(fileName, new ZipError({ kind: 'corrupt', part: entry.name }));
    complete = true;
    if (scanner.batch.length > 0) yield scanner.take();
  };

  return {
    path: file,
    fileName,
    format: 'xlsx',
    sheets,
    sheet: wanted,
    encoding: null,
    delimiter: null,
    rows,
    progress: () => ({ done: done(), total }),
    close: () => stream?.data.destroy(),
  };
}
