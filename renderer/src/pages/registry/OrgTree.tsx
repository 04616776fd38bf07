import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellEditRequestEvent,
  CellKeyDownEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  RowDoubleClickedEvent,
  RowSelectionOptions,
  SelectionChangedEvent,
} from 'ag-grid-community';
import type { ActionResult } from '../../../../shared/api/methods/edit';
import { fieldByKey, readFieldValue } from '../../../../shared/edit/fields';
import { ApiError, send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { localeRu } from '../../components/grid/localeRu';
import { gridTheme } from '../../components/grid/theme';
import type { OrgTreeContext } from './OrgNameCell';
import { ORG_EDIT_FIELDS, orgTreeColumns } from './orgTreeColumns';
import { allParentIds, ancestorIds, searchTree, visibleRows, type OrgTreeIndex, type OrgTreeRow } from './orgTreeModel';
import { AddOrgDialog, ConfirmDialog, MoveOrgDialog, type NewOrg } from './orgs/OrgDialogs';
import { NoticeLine } from './fields/NoticeLine';
import { REGISTRY_TEXT } from './strings';

interface Props {
  index: OrgTreeIndex;
  selectedId: number | null;
  onSelect: (id: number) => void;
  /** After a saved action on the tree: the page re-reads it (and the members). */
  onAction: (result: ActionResult, select?: number) => void;
  passportOpen: boolean;
  onTogglePassport: () => void;
}

// Click selects (never deselects): there is always one organization whose members are listed.
const ROW_SELECTION: RowSelectionOptions = {
  mode: 'singleRow',
  checkboxes: false,
  enableClickSelection: 'enableSelection',
};

const DEFAULT_COL_DEF: ColDef<OrgTreeRow> = { sortable: false, resizable: true };
const SEARCH_DELAY_MS = 150;
const T = REGISTRY_TEXT.tree;
const D = REGISTRY_TEXT.dialog;

const getRowId = (p: GetRowIdParams<OrgTreeRow>) => String(p.data.node.id);
type OrgDialog = 'add' | 'move' | 'liquidate' | 'delete' | null;

function rootIds(index: OrgTreeIndex): Set<number> {
  return new Set(index.roots.map((root) => root.id));
}

/**
 * The organization tree as a flat Community grid (only expanded branches become rows), with
 * the passport's short form and roll-ups, in-place edits, search and the tree operations.
 */
export function OrgTree({ index, selectedId, onSelect, onAction, passportOpen, onTogglePassport }: Props) {
  const report = useReportError();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => rootIds(index));
  const rows = useMemo(() => visibleRows(index, expanded), [index, expanded]);
  const apiRef = useRef<GridApi<OrgTreeRow> | null>(null);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<number[]>([]);
  const [matchAt, setMatchAt] = useState(0);
  const [dialog, setDialog] = useState<OrgDialog>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const problems = useRef(new Map<string, string>());
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const selected = selectedId === null ? undefined : index.byId.get(selectedId);

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

  /** Opens every ancestor of the organization and scrolls it into view. */
  const reveal = useCallback(
    (id: number) => {
      setExpanded((current) => {
        const missing = ancestorIds(index, id).filter((a) => !current.has(a));
        return missing.length === 0 ? current : new Set([...current, ...missing]);
      });
      requestAnimationFrame(() => {
        const node = apiRef.current?.getRowNode(String(id));
        if (node?.rowIndex != null) {
          apiRef.current?.ensureIndexVisible(node.rowIndex, 'middle');
          apiRef.current?.flashCells({ rowNodes: [node], columns: ['name'] });
        }
      });
    },
    [index],
  );

  // Search: every match's path opens; the first one is shown.
  useEffect(() => {
    const timer = setTimeout(() => {
      const found = searchTree(index, query);
      setMatches(found);
      setMatchAt(0);
      if (found.length > 0) {
        setExpanded((current) => {
          const next = new Set(current);
          for (const id of found) for (const a of ancestorIds(index, id)) next.add(a);
          return next;
        });
        const first = found[0]!;
        requestAnimationFrame(() => reveal(first));
      }
      apiRef.current?.refreshCells({ columns: ['name'], force: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [index, query, reveal]);

  const context = useMemo<OrgTreeContext>(
    () => ({
      toggle,
      isMatch: (id) => id !== undefined && matchSet.has(id),
      problemOf: (id, colId) => (id === undefined ? null : (problems.current.get(`${id}:${colId}`) ?? null)),
    }),
    [toggle, matchSet],
  );

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
      if (!row || event.api.getEditingCells().length > 0) return;
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

  const run = async (op: () => Promise<ActionResult>, select?: number) => {
    setDialog(null);
    setRefusal(null);
    try {
      onAction(await op(), select);
    } catch (error) {
      if (error instanceof ApiError) setRefusal(error.message);
      else report(error);
    }
  };

  // In-place edits: read with the field's parser, saved at once, or marked with the problem.
  const onCellEditRequest = (event: CellEditRequestEvent<OrgTreeRow>) => {
    const colId = event.column.getColId();
    const field = ORG_EDIT_FIELDS[colId];
    const org = event.data?.node;
    if (!field || !org) return;
    const key = `${org.id}:${colId}`;
    const mark = (problem: string) => {
      problems.current.set(key, REGISTRY_TEXT.edit.invalidTooltip(problem));
      event.api.refreshCells({ rowNodes: [event.node], columns: [colId], force: true });
      setRefusal(`«${org.shortName || org.name}», «${fieldByKey('organization', field)!.label}»: ${problem}`);
    };
    const read = readFieldValue(fieldByKey('organization', field)!, event.newValue as string | null);
    if (!read.ok) {
      mark(read.problem);
      return;
    }
    send('edit.apply', {
      source: 'edit',
      label: REGISTRY_TEXT.edit.labelPassport(org.shortName || org.name),
      changes: [{ entity: 'organization', id: org.id, field, value: (event.newValue ?? null) as string | null }],
    }).then(
      (result) => {
        problems.current.delete(key);
        setRefusal(null);
        onAction(result);
      },
      (error: unknown) => {
        if (error instanceof ApiError) mark(error.message.split('\n').pop() ?? error.message);
        else report(error);
      },
    );
  };

  const gotoMatch = () => {
    if (matches.length === 0) return;
    const next = (matchAt + 1) % matches.length;
    setMatchAt(next);
    reveal(matches[next]!);
  };

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
      <div className="panel-toolbar org-tree__tools">
        <input
          type="search"
          aria-label={T.search}
          placeholder={T.searchPlaceholder}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') gotoMatch();
          }}
        />
        {query.trim() !== '' && <span className="org-tree__found">{T.found(matches.length, matchAt + 1)}</span>}
      </div>
      <div className="panel-toolbar org-tree__tools">
        <button type="button" aria-pressed={passportOpen} disabled={!selected} onClick={onTogglePassport}>
          {T.passport}
        </button>
        <button type="button" disabled={!selected} onClick={() => setDialog('add')}>
          {T.addChild}
        </button>
        <button type="button" disabled={!selected || selected.parentId === null} onClick={() => setDialog('move')}>
          {T.move}
        </button>
        <button type="button" disabled={!selected || selected.status === 'liquidated'} onClick={() => setDialog('liquidate')}>
          {T.liquidate}
        </button>
        <button type="button" disabled={!selected} onClick={() => setDialog('delete')}>
          {T.remove}
        </button>
      </div>
      {refusal && <NoticeLine notice={{ kind: 'error', text: refusal }} onClose={() => setRefusal(null)} />}
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
          readOnlyEdit
          suppressClickEdit
          stopEditingWhenCellsLoseFocus
          tooltipShowDelay={300}
          // Ten columns: all drawn, so a cell scrolled sideways is still there to edit and test.
          suppressColumnVirtualisation
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
          onCellEditRequest={onCellEditRequest}
        />
      </div>
      {dialog === 'add' && selected && (
        <AddOrgDialog
          parent={selected}
          onCancel={() => setDialog(null)}
          onApply={(org: NewOrg) =>
            void run(async () => {
              const result = await send('orgs.add', { parentId: selected.id, level: org.level, values: org.values });
              setOpen(selected.id, true);
              return result;
            })
          }
        />
      )}
      {dialog === 'move' && selected && (
        <MoveOrgDialog
          org={selected}
          orgs={[...index.byId.values()]}
          onCancel={() => setDialog(null)}
          onApply={(parentId) =>
            void run(async () => {
              const result = await send('orgs.move', { id: selected.id, parentId });
              reveal(selected.id);
              return result;
            })
          }
        />
      )}
      {dialog === 'liquidate' && selected && (
        <ConfirmDialog
          text={D.confirmLiquidate(selected.shortName || selected.name, selected.totalMembers)}
          onCancel={() => setDialog(null)}
          onApply={() => void run(() => send('orgs.liquidate', { id: selected.id }))}
        />
      )}
      {dialog === 'delete' && selected && (
        <ConfirmDialog
          text={D.confirmDelete(selected.shortName || selected.name)}
          onCancel={() => setDialog(null)}
          onApply={() => void run(() => send('orgs.delete', { id: selected.id }), selected.parentId ?? undefined)}
        />
      )}
    </div>
  );
}
