import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellKeyDownEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  RowDoubleClickedEvent,
  RowSelectionOptions,
  SelectionChangedEvent,
} from 'ag-grid-community';
import { localeRu } from '../../components/grid/localeRu';
import { gridTheme } from '../../components/grid/theme';
import type { OrgTreeContext } from './OrgNameCell';
import { orgTreeColumns } from './orgTreeColumns';
import { allParentIds, visibleRows, type OrgTreeIndex, type OrgTreeRow } from './orgTreeModel';
import { REGISTRY_TEXT } from './strings';

interface Props {
  index: OrgTreeIndex;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

// Click selects (never deselects): there is always one organization whose members are listed.
const ROW_SELECTION: RowSelectionOptions = {
  mode: 'singleRow',
  checkboxes: false,
  enableClickSelection: 'enableSelection',
};

const DEFAULT_COL_DEF: ColDef<OrgTreeRow> = { sortable: false, suppressMovable: true, resizable: true };

const getRowId = (p: GetRowIdParams<OrgTreeRow>) => String(p.data.node.id);

function rootIds(index: OrgTreeIndex): Set<number> {
  return new Set(index.roots.map((root) => root.id));
}

/**
 * The organization tree as a flat Community grid: only expanded branches become rows, so even
 * 5,000 organizations cost nothing until the user opens them.
 */
export function OrgTree({ index, selectedId, onSelect }: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => rootIds(index));
  const rows = useMemo(() => visibleRows(index, expanded), [index, expanded]);
  const apiRef = useRef<GridApi<OrgTreeRow> | null>(null);

  const setOpen = useCallback((id: number, open: boolean) => {
    setExpanded((current) => {
      if (current.has(id) === open) return current;
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const toggle = useCallback((id: number) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const context = useMemo<OrgTreeContext>(() => ({ toggle }), [toggle]);

  // The grid's highlight follows the page's selection (also after rows come back into view).
  const syncSelection = useCallback(
    (api: GridApi<OrgTreeRow>) => {
      if (selectedId === null) {
        api.deselectAll('all', 'api');
        return;
      }
      const node = api.getRowNode(String(selectedId));
      if (node && !node.isSelected()) node.setSelected(true, true, 'api');
    },
    [selectedId],
  );

  useEffect(() => {
    if (apiRef.current) syncSelection(apiRef.current);
  }, [syncSelection]);

  const onSelectionChanged = useCallback(
    (event: SelectionChangedEvent<OrgTreeRow>) => {
      // Only the user's clicks and keys choose an organization; our own syncing and rows
      // disappearing on collapse must not.
      if (event.source === 'api' || event.source === 'rowDataChanged' || event.source === 'gridInitializing') {
        return;
      }
      const row = event.api.getSelectedRows()[0];
      if (row) onSelect(row.node.id);
    },
    [onSelect],
  );

  const onRowDoubleClicked = useCallback(
    (event: RowDoubleClickedEvent<OrgTreeRow>) => {
      if (event.data?.hasChildren) toggle(event.data.node.id);
    },
    [toggle],
  );

  // Keyboard like a file tree: → opens, ← closes or goes to the parent, Enter selects.
  const onCellKeyDown = useCallback(
    (event: CellKeyDownEvent<OrgTreeRow>) => {
      const key = event.event instanceof KeyboardEvent ? event.event.key : '';
      const row = event.data;
      if (!row) return;
      const id = row.node.id;
      if (key === 'ArrowRight' && row.hasChildren) setOpen(id, true);
      else if (key === 'ArrowLeft') {
        if (row.expanded) setOpen(id, false);
        else if (row.node.parentId !== null) {
          const parent = event.api.getRowNode(String(row.node.parentId));
          if (parent?.rowIndex != null) event.api.setFocusedCell(parent.rowIndex, 'name');
        }
      } else if (key === 'Enter') {
        onSelect(id);
      }
    },
    [onSelect, setOpen],
  );

  return (
    <div className="org-tree" data-testid="org-tree">
      <div className="panel-toolbar">
        <h2 className="panel-toolbar__title">{REGISTRY_TEXT.treeHeading}</h2>
        <button type="button" onClick={() => setExpanded(allParentIds(index))}>
          {REGISTRY_TEXT.expandAll}
        </button>
        <button type="button" onClick={() => setExpanded(new Set())}>
          {REGISTRY_TEXT.collapseAll}
        </button>
      </div>
      <div className="grid-host" aria-label={REGISTRY_TEXT.treeGridLabel} role="region">
        <AgGridReact<OrgTreeRow>
          theme={gridTheme}
          localeText={localeRu}
          rowData={rows}
          columnDefs={orgTreeColumns}
          defaultColDef={DEFAULT_COL_DEF}
          getRowId={getRowId}
          rowSelection={ROW_SELECTION}
          context={context}
          // Expanding and collapsing should be instant, as in a file tree (and thousands of rows
          // may appear at once on «Развернуть всё»).
          animateRows={false}
          onGridReady={(event) => {
            apiRef.current = event.api;
          }}
          onFirstDataRendered={(event) => syncSelection(event.api)}
          onRowDataUpdated={(event) => syncSelection(event.api)}
          onSelectionChanged={onSelectionChanged}
          onRowDoubleClicked={onRowDoubleClicked}
          onCellKeyDown={onCellKeyDown}
        />
      </div>
    </div>
  );
}
