// Opens a spreadsheet for import: finds what it really is, refuses what cannot be read with a
// message naming the file, and hands back a stream of rows.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
import { IMPORT_TEXT } from '../strings';
import { openCsv } from './csv';
import { readHead, sniff } from './sniff';
import type { ReadOptions, TableSource } from './types';
import { openXlsx, passwordOrOldExcel } from './xlsx';

const HEAD = 64 * 1024;

export async function openTable(file: string, options: ReadOptions = {}): Promise<TableSource> {
  const resolved = path.resolve(file);
  const fileName = path.basename(resolved);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw new AppError('file_not_found', IMPORT_TEXT.read.notFound(resolved));
  }
  if (stat.isDirectory()) throw new AppError('bad_args', IMPORT_TEXT.read.isFolder(resolved));
  let head: Buffer;
  try {
    head = readHead(resolved, HEAD);
  } catch (err) {
    throw new AppError('bad_args', IMPORT_TEXT.read.cannotRead(fileName, (err as Error).message));
  }
  const kind = sniff(head);
  if (kind === 'empty') throw new AppError('bad_args', IMPORT_TEXT.read.empty(fileName));
  if (kind === 'zip') return openXlsx(resolved, options);
  if (kind === 'cfb') throw passwordOrOldExcel(resolved);
  // Text: whatever its name says, a workbook name on a text file is a mistake worth naming.
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(fileName)) throw new AppError('bad_args', IMPORT_TEXT.read.notXlsx(fileName));
  return openCsv(resolved, head);
}
