// The analysis table as a file: XLSX with real numbers (shares as Excel percentages, «нет данных»
// as an empty cell), or DOCX with the same table laid out like a document appendix.
import ExcelJS from 'exceljs';
import { formatIndicator } from '../../../shared/domain/indicator-format';
import {
  BAND_LABELS,
  INDICATOR_LABELS,
  TIER_LABELS,
  isPercentKey,
  type IndicatorKey,
  type IndicatorRow,
  type IndicatorTable,
} from '../../../shared/domain/indicators';
import { formatDateGenitiveYear } from '../../../shared/ru';
import { appendixDocument, toBuffer } from '../documents/docx/build';
import { docName } from '../documents/names';
import type { TableSpec } from '../documents/table-spec';

/** Columns of the DOCX export when none are chosen: what fits a landscape page. */
export const DOCX_DEFAULT_COLUMNS: readonly IndicatorKey[] = [
  'registered', 'statMembers', 'coverage', 'cardsProduced', 'cardsProducedPct', 'profcardsPct', 'pdConsentPct', 'joinedOnline',
];

export function exportTitle(table: IndicatorTable): string {
  const source = table.source.kind === 'snapshot' ? ` (срез № ${table.source.snapshotId})` : '';
  return `Показатели цифровизации на ${formatDateGenitiveYear(table.source.asOf)}${source}`;
}

const rowsWithTotal = (table: IndicatorTable): IndicatorRow[] => [...table.rows, { ...table.total, code: '', name: 'Итого', shortName: 'Итого' }];

export async function indicatorsXlsx(table: IndicatorTable, columns: readonly IndicatorKey[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Профреестр';
  const sheet = book.addWorksheet('Показатели', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  sheet.addRow([exportTitle(table)]).font = { bold: true };
  const header = sheet.addRow(['Код', 'Наименование', 'Код вышестоящей', 'Группа', 'Диапазон', ...columns.map((k) => INDICATOR_LABELS[k])]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const r of rowsWithTotal(table)) {
    const row = sheet.addRow([
      r.code,
      r.name,
      r.parentCode ?? '',
      r.name === 'Итого' ? '' : TIER_LABELS[r.tier],
      r.band ? BAND_LABELS[r.band] : '',
      ...columns.map((k) => {
        const v = r.values[k];
        return v === null ? null : isPercentKey(k) ? v / 100 : v;
      }),
    ]);
    columns.forEach((k, i) => {
      row.getCell(6 + i).numFmt = isPercentKey(k) ? '0.00%' : '#,##0';
    });
  }
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 50;
  sheet.getColumn(4).width = 22;
  for (let i = 0; i < columns.length; i++) sheet.getColumn(6 + i).width = 14;
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function indicatorsDocx(table: IndicatorTable, columns: readonly IndicatorKey[]): Promise<Buffer> {
  const spec: TableSpec = {
    caption: 'Таблица 1. Показатели по организациям',
    columns: [
      { header: '№ п/п', widthMm: 9, align: 'center' },
      { header: 'Организация', widthMm: 60, align: 'left' },
      { header: 'Группа', widthMm: 24, align: 'left' },
      ...columns.map((k) => ({ header: INDICATOR_LABELS[k], widthMm: 18, align: 'right' as const })),
    ],
    rows: table.rows.map((r, i) => [String(i + 1), docName(r), TIER_LABELS[r.tier], ...columns.map((k) => formatIndicator(k, r.values[k]))]),
    total: ['', 'Итого', '', ...columns.map((k) => formatIndicator(k, table.total.values[k]))],
    emptyText: 'Организаций этого уровня в файле нет.',
  };
  return toBuffer(appendixDocument({ caption: '', title: exportTitle(table), level: 'local', leftMarginMm: 20 }, [spec]));
}
