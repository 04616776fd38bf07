// CSV as Excel on Russian Windows reads it: «;» between fields, CRLF, quotes where needed;
// UTF-8 with a BOM (so Excel does not take it for Windows-1251) or Windows-1251 itself.
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { formatDateNumeric } from '../../../../shared/ru';
import type { CsvEncoding } from '../../../../shared/api/methods/export';
import { neutralize } from '../neutralize';
import { destroyAndClose } from './stream';
import type { ExportCell, TableWriter } from './types';

const FLUSH_AT = 256 * 1024;

function field(cell: ExportCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? neutralize(cell) : formatDateNumeric(cell.date);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function openCsvWriter(file: string, headers: readonly string[], encoding: CsvEncoding): TableWriter {
  const out = fs.createWriteStream(file);
  let failure: Error | null = null;
  out.on('error', (err) => (failure = err));
  let pending = '';
  const encode = (text: string): Buffer => (encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'windows-1251'));

  async function flush(): Promise<void> {
    if (failure) throw failure;
    if (pending === '') return;
    const ok = out.write(encode(pending));
    pending = '';
    if (!ok) await new Promise<void>((resolve) => out.once('drain', resolve));
  }

  if (encoding === 'utf-8') out.write(Buffer.from([0xef, 0xbb, 0xbf]));
  pending = `${headers.map((h) => field(h)).join(';')}\r\n`;

  return {
    async row(cells) {
      pending += `${cells.map(field).join(';')}\r\n`;
      if (pending.length >= FLUSH_AT) await flush();
    },
    async finish() {
      await flush();
      await new Promise<void>((resolve, reject) => {
        out.end(() => (failure ? reject(failure) : resolve()));
      });
    },
    abort: () => destroyAndClose(out),
  };
}
