// The same letters as one workbook: a summary sheet (one row per organization) and a sheet per
// organization with its records to correct, for those who send the lists by e-mail as tables.
import ExcelJS from 'exceljs';
import { LETTER_TEXT } from '../../../../shared/quality/letters';
import { severityLabel } from '../../../../shared/quality/catalog';
import { formatDateNumeric } from '../../../../shared/ru';
import { orgLabel } from '../orgs';
import { letterRecipients, type LetterData } from './build';

const C = LETTER_TEXT.columns;

/** Excel's rules for sheet names: at most 31 characters, none of \ / ? * [ ] :, unique (the code is). */
export function sheetName(letter: LetterData): string {
  return `${letter.org.code} ${orgLabel(letter.org)}`.replace(/[\\/?*[\]:]/g, ' ').replace(/\s+/g, ' ').slice(0, 31).trim();
}

export async function lettersXlsx(letters: readonly LetterData[], asOf: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Профреестр';
  const summary = book.addWorksheet(LETTER_TEXT.summarySheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.addRow([...LETTER_TEXT.summaryColumns]).font = { bold: true };
  summary.columns = [{ width: 12 }, { width: 60 }, { width: 24 }, { width: 12 }, { width: 34 }];
  const date = formatDateNumeric(asOf);
  const recipients = letterRecipients(letters);
  letters.forEach((letter, i) => {
    const o = letter.org;
    const r = recipients[i]!;
    const name = sheetName(letter);
    summary.addRow([r.code, r.orgName, r.chair, r.rows, name]);
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
    sheet.addRow([LETTER_TEXT.sheetTitle(orgLabel(o), date)]).font = { bold: true };
    sheet.addRow(letter.summary.map((s) => `${s.title} (${severityLabel(s.severity)}): ${s.count}`).join('; ')).alignment = { wrapText: false };
    sheet.addRow([C.number, C.who, C.field, C.what]).font = { bold: true };
    letter.rows.forEach((r, i) => sheet.addRow([i + 1, r.who, r.field, r.problem]));
    sheet.columns = [{ width: 7 }, { width: 40 }, { width: 28 }, { width: 80 }];
    sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + letter.rows.length, column: 4 } };
  });
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + letters.length, column: 5 } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
