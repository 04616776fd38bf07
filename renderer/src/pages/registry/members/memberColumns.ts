// AG Grid column definitions of the members grid, built from the column model: typed editors
// (text, date with mask and calendar, lists with Russian labels, да/нет), filters that the
// engine runs, the range highlight and the invalid-cell mark with its tooltip.
import type { ColDef } from 'ag-grid-community';
import { DATE_FILTER_OPS, TEXT_FILTER_OPS } from '../../../../../shared/api/memberQuery';
import { displayValue } from '../../../../../shared/edit/display';
import type { MemberRow } from '../../../../../shared/domain/types';
import { DateCellEditor } from './DateCellEditor';
import { isEditableColumn, MEMBER_COLUMNS, type MemberColumn } from './memberColumnModel';
import { SetFilter } from './SetFilter';

/** What cells ask the panel while rendering (the grid's `context`). */
export interface MembersGridContext {
  inRange: (rowIndex: number | null, colId: string) => boolean;
  /** The problem of a value refused in this cell, if any. */
  problemOf: (rowId: number | undefined, colId: string) => string | null;
}

type Ctx = { context: MembersGridContext };

function editorOf(col: MemberColumn): Pick<ColDef<MemberRow>, 'cellEditor' | 'cellEditorParams'> {
  const spec = col.spec!;
  if (spec.kind === 'date') return { cellEditor: DateCellEditor };
  if (spec.kind === 'bool') return { cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [true, false] } };
  if (spec.kind === 'enum') {
    const ids = Object.keys(spec.options ?? {});
    return { cellEditor: 'agSelectCellEditor', cellEditorParams: { values: spec.blank === null ? [null, ...ids] : ids } };
  }
  return { cellEditor: 'agTextCellEditor' };
}

function filterOf(col: MemberColumn): Pick<ColDef<MemberRow>, 'filter' | 'filterParams'> {
  const kind = col.spec?.kind ?? 'text';
  if (kind === 'date') {
    return {
      filter: 'agDateColumnFilter',
      filterParams: { filterOptions: [...DATE_FILTER_OPS], inRangeInclusive: true, maxNumConditions: 2, browserDatePicker: true },
    };
  }
  if (kind === 'enum' || kind === 'bool') return { filter: SetFilter };
  return { filter: 'agTextColumnFilter', filterParams: { filterOptions: [...TEXT_FILTER_OPS], maxNumConditions: 2, debounceMs: 400 } };
}

function columnDef(col: MemberColumn): ColDef<MemberRow> {
  const editable = isEditableColumn(col);
  return {
    colId: col.colId,
    field: col.colId as keyof MemberRow,
    headerName: col.label,
    headerTooltip: col.label,
    width: col.width,
    hide: col.hidden,
    editable,
    valueFormatter: (p) => (col.spec ? displayValue(col.spec, p.value) : String(p.value ?? '')),
    ...(editable ? editorOf(col) : {}),
    ...filterOf(col),
    ...(editable ? {} : { cellClass: 'cell-readonly' }),
    cellClassRules: {
      'cell-in-range': (p) => (p.context as Ctx['context']).inRange(p.node.rowIndex, col.colId),
      'cell-invalid': (p) => (p.context as Ctx['context']).problemOf(p.data?.id, col.colId) !== null,
    },
  };
}

export const memberColumnDefs: ColDef<MemberRow>[] = MEMBER_COLUMNS.map(columnDef);
