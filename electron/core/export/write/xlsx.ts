// XLSX written as a stream (exceljs WorkbookWriter): rows go to disk as they come, so 200,000
// members never sit in memory. Dates are real date cells (dd.mm.yyyy), codes stay text.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { neutralize } from '../neutralize';
import { destroyAndClose } from './stream';
import type { ExportCell, TableWriter } from './types';

function toCell(cell: ExportCell): string | number | Date | null {
  if (cell === null || typeof cell === 'number') return cell;
  if (typeof cell === 'string') return neutralize(cell);
  const [y, m, d] = cell.date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

export function openXlsxWriter(file: string, sheetName: string, headers: readonly string[]): TableWriter {
  // Our own stream, so that an abort can close the file before it is removed.
  const out = fs.createWriteStream(file);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((h) => ({ header: h, width: Math.max(10, Math.min(45, h.length + 3)) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  return {
    async row(cells) {
      const row = sheet.addRow(cells.map(toCell));
      cells.forEach((c, i) => {
        if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = 'dd.mm.yyyy';
      });
      row.commit();
    },
    async finish() {
      sheet.commit();
      await wb.commit();
    },
    abort: () => destroyAndClose(out),
  };
}
