import type { ColDef } from 'ag-grid-community';
import { formatInt } from '../../../../shared/ru';
import { OrgNameCell } from './OrgNameCell';
import type { OrgTreeRow } from './orgTreeModel';
import { REGISTRY_TEXT } from './strings';

const TREE_KEYS = new Set(['ArrowLeft', 'ArrowRight']);

/** Columns of the organization tree: the indented name and the subtree's member count. */
export const orgTreeColumns: ColDef<OrgTreeRow>[] = [
  {
    colId: 'name',
    headerName: REGISTRY_TEXT.columns.orgName,
    flex: 1,
    minWidth: 200,
    // The value is the row object itself: expanding swaps it for its other-state twin, and AG
    // Grid redraws a cell only when its value changes (the name alone never does).
    valueGetter: (p) => p.data ?? null,
    cellRenderer: OrgNameCell,
    // ←/→ collapse and expand (handled by the tree) instead of moving to the next column.
    suppressKeyboardEvent: (p) => TREE_KEYS.has(p.event.key),
  },
  {
    colId: 'members',
    headerName: REGISTRY_TEXT.columns.orgMembers,
    width: 100,
    type: 'rightAligned',
    valueGetter: (p) => p.data?.node.totalMembers ?? null,
    valueFormatter: (p) => (typeof p.value === 'number' ? formatInt(p.value) : ''),
  },
];
