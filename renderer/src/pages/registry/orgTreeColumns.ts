// Columns of the organization grid: the indented name, the passport's short form and the
// member counts rolled up the tree. Name, kind, status, the chair's e-mail and the stat-report
// figure are edited in place; the rest in the passport form.
import type { ColDef } from 'ag-grid-community';
import { ORG_LEVEL_LABELS } from '../../../../shared/domain/enums';
import { displayValue } from '../../../../shared/edit/display';
import { fieldByKey } from '../../../../shared/edit/fields';
import { formatInt, formatPercent, initialsOf } from '../../../../shared/ru';
import { OrgNameCell, type OrgTreeContext } from './OrgNameCell';
import type { OrgTreeRow } from './orgTreeModel';
import { REGISTRY_TEXT } from './strings';

const TREE_KEYS = new Set(['ArrowLeft', 'ArrowRight']);
const C = REGISTRY_TEXT.columns;
const spec = (key: string) => fieldByKey('organization', key)!;

const ctx = (p: { context: unknown }) => p.context as OrgTreeContext;
const count = (p: { value: unknown }) => (typeof p.value === 'number' ? formatInt(p.value) : '');

/** Each editable column's passport field. */
export const ORG_EDIT_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  kind: 'kind',
  status: 'status',
  chairEmail: 'chairEmail',
  stat: 'statMembers',
};


/** An editable column's invalid-value mark and its tooltip. */
function marked(colId: string): Pick<ColDef<OrgTreeRow>, 'cellClassRules' | 'tooltipValueGetter'> {
  return {
    cellClassRules: { 'cell-invalid': (p) => ctx(p).problemOf(p.data?.node.id, colId) !== null },
    tooltipValueGetter: (p) => ctx(p).problemOf(p.data?.node.id, colId),
  };
}

/** A passport enumeration edited in place with a list of its Russian labels (kind, status). */
function enumColumn(key: 'kind' | 'status', headerName: string, width: number): ColDef<OrgTreeRow> {
  const s = spec(key);
  const ids = Object.keys(s.options ?? {});
  return {
    colId: key,
    headerName,
    width,
    valueGetter: (p) => p.data?.node[key] ?? null,
    valueFormatter: (p) => displayValue(s, p.value),
    editable: true,
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: s.blank === null ? [null, ...ids] : ids },
    ...marked(key),
  };
}

export const orgTreeColumns: ColDef<OrgTreeRow>[] = [
  {
    colId: 'name',
    headerName: C.orgName,
    flex: 1,
    minWidth: 240,
    // The value is the row object itself: expanding swaps it for its other-state twin, and AG
    // Grid redraws a cell only when its value changes (the name alone never does).
    valueGetter: (p) => p.data ?? null,
    valueFormatter: (p) => (p.value as OrgTreeRow | null)?.node.name ?? '',
    cellRenderer: OrgNameCell,
    editable: true,
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { useFormatter: true },
    ...marked('name'),
    cellClassRules: { ...marked('name').cellClassRules, 'org-match': (p) => ctx(p).isMatch(p.data?.node.id) },
    // ←/→ collapse and expand (handled by the tree) instead of moving to the next column.
    suppressKeyboardEvent: (p) => !p.editing && TREE_KEYS.has(p.event.key),
  },
  { colId: 'level', headerName: C.orgLevel, width: 120, valueGetter: (p) => (p.data ? ORG_LEVEL_LABELS[p.data.node.level] : '') },
  enumColumn('kind', C.orgKind, 170),
  enumColumn('status', C.orgStatus, 140),
  {
    colId: 'chair',
    headerName: C.chair,
    width: 150,
    valueGetter: (p) => {
      const n = p.data?.node;
      return n?.chairSurname ? `${n.chairSurname} ${initialsOf({ surname: n.chairSurname, name: n.chairName, patronymic: n.chairPatronymic })}` : '';
    },
  },
  {
    colId: 'term',
    headerName: C.term,
    width: 180,
    valueGetter: (p) => {
      const n = p.data?.node;
      if (!n || (!n.chairTermStart && !n.chairTermEnd)) return '';
      return REGISTRY_TEXT.tree.term(displayValue(spec('chairTermStart'), n.chairTermStart), displayValue(spec('chairTermEnd'), n.chairTermEnd));
    },
  },
  {
    colId: 'chairEmail',
    headerName: C.chairEmail,
    width: 190,
    valueGetter: (p) => p.data?.node.chairEmail ?? null,
    editable: true,
    cellEditor: 'agTextCellEditor',
    ...marked('chairEmail'),
  },
  { colId: 'registered', headerName: C.registered, width: 95, type: 'rightAligned', valueGetter: (p) => p.data?.node.totalMembers ?? null, valueFormatter: count },
  {
    colId: 'stat',
    headerName: C.stat,
    width: 110,
    type: 'rightAligned',
    valueGetter: (p) => p.data?.node.stat ?? null,
    valueFormatter: count,
    editable: true,
    cellEditor: 'agTextCellEditor',
    ...marked('stat'),
  },
  {
    colId: 'coverage',
    headerName: C.coverage,
    width: 95,
    type: 'rightAligned',
    valueGetter: (p) => p.data?.node.coverage ?? null,
    valueFormatter: (p) => (typeof p.value === 'number' ? formatPercent(p.value) : ''),
  },
];
