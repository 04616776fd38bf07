import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { ArgsIn } from '../../../../shared/api/contract';
import {
  CARD_STATUS_LABELS,
  MEMBER_CATEGORY_LABELS,
  type CardStatus,
  type MemberCategory,
} from '../../../../shared/domain/enums';
import type { MemberRow } from '../../../../shared/domain/types';
import { formatDateNumeric } from '../../../../shared/ru';
import { REGISTRY_TEXT } from './strings';

export type MemberSortField = NonNullable<ArgsIn<'members.list'>['sort']>[number]['field'];

function dateCell(p: ValueFormatterParams<MemberRow>): string {
  if (typeof p.value !== 'string' || !p.value) return '';
  try {
    return formatDateNumeric(p.value);
  } catch {
    // A malformed date in the file is shown as stored rather than breaking the grid.
    return p.value;
  }
}

function labelOf<K extends string>(labels: Record<K, string>) {
  return (p: ValueFormatterParams<MemberRow>): string =>
    typeof p.value === 'string' && p.value in labels ? labels[p.value as K] : '';
}

const text = REGISTRY_TEXT.columns;

/**
 * The members grid's columns. Each colId is a sort field of `members.list` (the server sorts:
 * the infinite model never holds all rows, so AG Grid cannot).
 */
export const memberColumns: (ColDef<MemberRow> & { colId: MemberSortField })[] = [
  { colId: 'surname', field: 'surname', headerName: text.surname, width: 150 },
  { colId: 'name', field: 'name', headerName: text.name, width: 130 },
  { colId: 'patronymic', field: 'patronymic', headerName: text.patronymic, width: 160 },
  {
    colId: 'birthDate',
    field: 'birthDate',
    headerName: text.birthDate,
    width: 125,
    valueFormatter: dateCell,
  },
  { colId: 'orgName', field: 'orgName', headerName: text.memberOrg, flex: 1, minWidth: 220 },
  {
    colId: 'category',
    field: 'category',
    headerName: text.category,
    width: 190,
    valueFormatter: labelOf<MemberCategory>(MEMBER_CATEGORY_LABELS),
  },
  {
    colId: 'cardStatus',
    field: 'cardStatus',
    headerName: text.cardStatus,
    width: 170,
    valueFormatter: labelOf<CardStatus>(CARD_STATUS_LABELS),
  },
  {
    colId: 'joinedOn',
    field: 'joinedOn',
    headerName: text.joinedOn,
    width: 135,
    valueFormatter: dateCell,
  },
];

const SORT_FIELDS: ReadonlySet<string> = new Set(memberColumns.map((c) => c.colId));

export function isMemberSortField(colId: string): colId is MemberSortField {
  return SORT_FIELDS.has(colId);
}
