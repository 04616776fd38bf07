// The selected range as Excel should receive it: dates dd.mm.yyyy, labels in Russian, yes/no
// as «да»/«нет», tab-separated with CRLF line ends.
import { displayValue } from '../../../../../shared/edit/display';
import type { MemberRow } from '../../../../../shared/domain/types';
import { serializeTsv } from '../../../../../shared/tsv';
import type { MemberColumn } from './memberColumnModel';

export function cellText(col: MemberColumn, row: MemberRow): string {
  const value = (row as unknown as Record<string, unknown>)[col.colId];
  return col.spec ? displayValue(col.spec, value) : String(value ?? '');
}

export function copyBlock(rows: readonly MemberRow[], columns: readonly MemberColumn[]): string {
  return serializeTsv(rows.map((row) => columns.map((col) => cellText(col, row))));
}
