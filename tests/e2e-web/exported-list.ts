// The members panel's «Экспорт…» as a user runs it, the written file read back (CSV or XLSX),
// and the rows the grid draws on screen: the pieces of the export e2e specs.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, type Locator, type Page } from '@playwright/test';
import { formatDateNumeric, formatInt } from '../../shared/ru';

/** «;»-separated CSV with "quoted" fields, as Excel writes and reads it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

export type ExportChoice = 'Книга Excel (XLSX)' | 'CSV (UTF-8)';

/** Opens «Экспорт…», saves the shown list to `file` and waits for the «Выгружено строк» notice. */
export async function exportShown(page: Page, file: string, format: ExportChoice, rows: number): Promise<void> {
  await page.getByRole('button', { name: 'Экспорт…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Экспорт списка' });
  await expect(dialog).toContainText(formatInt(rows));
  await dialog.getByLabel('Формат').selectOption({ label: format });
  await dialog.getByLabel('Полный путь к файлу').fill(file);
  await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Выгружено строк' })).toContainText(`Выгружено строк: ${formatInt(rows)} — ${file}`);
}

/** A written list: its header row and its rows as the text a user sees in each cell. */
export interface ExportedList {
  headers: string[];
  rows: string[][];
  /** The cells of one column, by its header, in file order. */
  column(label: string): string[];
}

function list(headers: string[], rows: string[][]): ExportedList {
  return {
    headers,
    rows,
    column(label) {
      const i = headers.indexOf(label);
      expect(i, label).toBeGreaterThanOrEqual(0);
      return rows.map((r) => r[i] ?? '');
    },
  };
}

/** A CSV in UTF-8 with the BOM Excel needs to read the Russian letters right. */
export function readCsvExport(file: string): ExportedList {
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [headers, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  return list(headers!, rows);
}

/** The first sheet of an XLSX; dates are real date cells, shown as dd.mm.yyyy. */
export async function readXlsxExport(file: string): Promise<ExportedList> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets[0]!;
  const withTime: string[] = [];
  const text = (v: ExcelJS.CellValue): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) {
      const iso = v.toISOString();
      if (!iso.endsWith('T00:00:00.000Z')) withTime.push(iso);
      return formatDateNumeric(iso.slice(0, 10));
    }
    return String(v);
  };
  const width = sheet.getRow(1).cellCount;
  const all: string[][] = [];
  sheet.eachRow((row) => all.push(Array.from({ length: width }, (_, i) => text(row.getCell(i + 1).value))));
  expect(withTime, 'dates without a time of day').toEqual([]);
  const [headers, ...rows] = all;
  return list(headers!, rows);
}

export interface ScreenRow {
  /** The row's place in the whole list (0 is the first). */
  index: number;
  /** The text of each drawn cell, by column id. */
  cells: Record<string, string>;
}

/** The rows the members grid draws now (only those on screen), in their order. */
export async function rowsOnScreen(grid: Locator): Promise<ScreenRow[]> {
  const rows = await grid.locator('.ag-row').evaluateAll((els) =>
    els.map((el) => ({
      index: Number(el.getAttribute('row-index')),
      cells: Object.fromEntries([...el.querySelectorAll('.ag-cell')].map((c) => [c.getAttribute('col-id') ?? '', c.textContent ?? ''])),
    })),
  );
  return rows.sort((a, b) => a.index - b.index);
}
