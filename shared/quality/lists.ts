// Printable lists: the member list of an organization (chosen columns) and the card hand-out sheet
// («Ведомость выдачи электронных профсоюзных билетов»). The engine builds one PrintList; the DOCX
// and the window's print view both lay out that same data, so paper and screen never differ.
import { z } from 'zod';
import { MEMBER_FIELDS } from '../edit/fields';
import { EDIT_TEXT } from '../edit/strings';

export const LIST_KINDS = ['members', 'cards'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** Columns a member list may show: the full name, then any card field (removal fields aside). */
export const LIST_COLUMNS = ['fio', ...MEMBER_FIELDS.filter((f) => f.editable).map((f) => f.key)] as [string, ...string[]];
export const DEFAULT_LIST_COLUMNS = ['fio', 'birthDate', 'position', 'category', 'cardStatus'];

export const LIST_TEXT = {
  fio: 'Фамилия, имя, отчество',
  number: '№ п/п',
  membersTitle: 'Список членов Профсоюза',
  cardsTitle: 'Ведомость выдачи электронных профсоюзных билетов',
  cardNumber: 'Номер ЭПБ',
  issuedOn: 'Дата выдачи',
  signature: 'Подпись',
  asOf: (date: string) => `по состоянию на ${date}`,
  header: (org: string, title: string, date: string) => `${org} — ${title.charAt(0).toLocaleLowerCase('ru-RU')}${title.slice(1)} на ${date}`,
  issuedBy: 'Выдал: ______________________ / ______________________ /',
  empty: 'Нет членов Профсоюза, подходящих под условия списка.',
  emptyCards: 'Нет электронных профсоюзных билетов в статусе «доставлен в регион».',
} as const;

export function listColumnLabel(key: string): string {
  return key === 'fio' ? LIST_TEXT.fio : ((EDIT_TEXT.member as Record<string, string>)[key] ?? key);
}

export const listArgsSchema = z
  .object({
    kind: z.enum(LIST_KINDS),
    orgId: z.number().int().positive(),
    /** The organization with everything inside it (default), or itself only. */
    subtree: z.boolean().default(true),
    /** Member list only; the sheet's columns are fixed. */
    columns: z.array(z.enum(LIST_COLUMNS)).min(1).max(20).default(DEFAULT_LIST_COLUMNS),
    orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  })
  .strict();
export type ListArgs = z.output<typeof listArgsSchema>;

export interface PrintColumn {
  header: string;
  /** Relative width in millimetres. */
  widthMm: number;
  align: 'left' | 'center' | 'right';
}

/** One organization's part of a list. */
export interface PrintTable {
  caption: string;
  columns: PrintColumn[];
  rows: string[][];
}

export interface PrintList {
  kind: ListKind;
  title: string;
  /** The chosen organization, as the list names it. */
  orgName: string;
  /** The data date (ISO). */
  asOf: string;
  /** The running header of every page: the organization and the date. */
  header: string;
  orientation: 'portrait' | 'landscape';
  tables: PrintTable[];
  /** Members listed. */
  total: number;
  /** Printed when nothing is listed. */
  emptyText: string;
}
