import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GetRowIdParams, GridApi } from 'ag-grid-community';
import type { ActionResult, OrgGridRow, UndoState } from '../../../../shared/api/methods/edit';
import { MEMBER_PRESETS, type MemberPreset } from '../../../../shared/api/memberQuery';
import type { RemovalReason } from '../../../../shared/domain/enums';
import type { MemberRow } from '../../../../shared/domain/types';
import { ApiError, send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { localeRu } from '../../components/grid/localeRu';
import { gridTheme } from '../../components/grid/theme';
import type { MembersDrillDown } from './drillDown';
import { ColumnChooser } from './members/ColumnChooser';
import { ExportDialog } from './members/ExportDialog';
import { MemberCard, type CardTarget } from './members/MemberCard';
import { BulkEditDialog, RemoveDialog, TransferDialog } from './members/MemberDialogs';
import { memberColumnDefs } from './members/memberColumns';
import { createMembersDatasource } from './members/membersDatasource';
import { NoticeLine, type Notice } from './fields/NoticeLine';
import { refusalNotice, useGridEditing } from './members/useGridEditing';
import { useGridLayout } from './members/useGridLayout';
import { REGISTRY_TEXT } from './strings';

interface Props {
  /** The selected organization (its whole subtree is listed); null for the whole file. */
  org: OrgGridRow | null;
  orgs: readonly OrgGridRow[];
  /** Grows when data changed elsewhere (undo, redo, tree operations): the rows are read again. */
  version: number;
  undo: UndoState;
  onUndo: () => void;
  onRedo: () => void;
  /** After a saved action; `rowsMoved` when members came, went or changed organization. */
  onAction: (result: ActionResult, rowsMoved: boolean) => void;
  drill: MembersDrillDown | null;
  onClearDrill: () => void;
  /** Browser mode: paths are typed, there is no file dialog. */
  typedPaths: boolean;
}

const T = REGISTRY_TEXT.members;
const DEFAULT_COL_DEF: ColDef<MemberRow> = { sortable: true, resizable: true };
/** Rows per request: a few screens, well under the contract's limit of 5,000. */
const BLOCK_SIZE = 100;
/** Blocks kept in memory: after an edit every kept block is read again, so keep few. */
const MAX_BLOCKS = 10;
const SEARCH_DELAY_MS = 50;
const getRowId = (p: GetRowIdParams<MemberRow>) => String(p.data.id);
type DialogKind = 'bulk' | 'transfer' | 'remove' | 'columns' | 'export' | null;

/** The members of the selected subtree as an editable, Excel-like grid. */
export function MembersPanel({ org, orgs, version, undo, onUndo, onRedo, onAction, drill, onClearDrill, typedPaths }: Props) {
  const report = useReportError();
  const apiRef = useRef<GridApi<MemberRow> | null>(null);
  const hostRef = useRef<HTMLDivElement | null>(null);
  const pasteSinkRef = useRef<HTMLTextAreaElement | null>(null);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [preset, setPreset] = useState<MemberPreset | null>(null);
  const [counts, setCounts] = useState<{ total: number; unfiltered: number; search: string } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [card, setCard] = useState<CardTarget | null>(null);
  const [pending, setPending] = useState<number[]>([]);
  const layout = useGridLayout<MemberRow>('membersGrid', report);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  // A drill-down from another page brings its own filter, instead of whatever was typed or chosen.
  useEffect(() => {
    if (!drill) return;
    setPreset(drill.preset ?? null);
    setSearchText('');
    apiRef.current?.setFilterModel(null);
  }, [drill]);

  const orgId = drill ? (drill.orgId ?? null) : (org?.id ?? null);
  const datasource = useMemo(
    () =>
      createMembersDatasource({
        base: { orgId, subtree: true, search, preset, ids: drill?.ids ?? null },
        onPage: (total, unfiltered) =>
          // Every block answers with the counts: re-render only when they change.
          setCounts((cur) => (cur && cur.total === total && cur.unfiltered === unfiltered && cur.search === search ? cur : { total, unfiltered, search })),
        onError: report,
      }),
    [orgId, search, preset, drill, report],
  );

  const orgName = useCallback((id: number) => orgs.find((o) => o.id === id)?.name ?? `№ ${id}`, [orgs]);

  const editing = useGridEditing({
    apiRef,
    hostRef,
    pasteSinkRef,
    shown: () => datasource.shown(),
    notify: setNotice,
    onAction,
    openCard: (row) => setCard({ kind: 'edit', row }),
    report,
  });
  const { reset } = editing;

  useEffect(() => {
    setCounts(null);
    reset();
  }, [datasource, reset]);

  useEffect(() => {
    if (version > 0) apiRef.current?.refreshInfiniteCache();
  }, [version]);

  const fail = (error: unknown) => (error instanceof ApiError ? setNotice(refusalNotice(error)) : report(error));

  /** Runs a member operation on the selected rows; rows move, so the tree is read again. */
  const runOnSelected = async (op: (ids: number[]) => Promise<ActionResult>) => {
    try {
      const result = await op(pending);
      setDialog(null);
      if (result.action) {
        setNotice({ kind: 'info', text: T.saved(result.action.label) });
        onAction(result, true);
      } else setNotice({ kind: 'info', text: T.nothingChanged });
      apiRef.current?.refreshInfiniteCache();
    } catch (error) {
      setDialog(null);
      fail(error);
    }
  };

  const openFor = async (kind: Exclude<DialogKind, 'columns' | 'export' | null>) => {
    try {
      const ids = await editing.selectedIds();
      if (ids.length === 0) return;
      setPending(ids);
      setDialog(kind);
    } catch (error) {
      fail(error);
    }
  };

  const restore = async () => {
    try {
      const ids = await editing.selectedIds();
      if (ids.length > 0) {
        setPending(ids);
        await runOnSelected((list) => send('members.restore', { ids: list }));
      }
    } catch (error) {
      fail(error);
    }
  };

  const canAdd = org !== null && (org.level === 'primary' || org.level === 'unit') && org.status !== 'liquidated';
  const title = drill ? T.drill(drill.title) : (org?.name ?? REGISTRY_TEXT.wholeRegistry);

  return (
    <div className="members-panel">
      <div className="panel-toolbar">
        <h2 className="panel-toolbar__title" title={title}>
          {title}
        </h2>
        {drill && (
          <button type="button" onClick={onClearDrill}>
            {T.drillClear}
          </button>
        )}
        <button type="button" onClick={onUndo} disabled={!undo.undo} title={T.undoTitle(undo.undo?.label ?? null)}>
          {T.undo}
        </button>
        <button type="button" onClick={onRedo} disabled={!undo.redo} title={T.redoTitle(undo.redo?.label ?? null)}>
          {T.redo}
        </button>
      </div>
      <div className="panel-toolbar members-toolbar">
        <input
          type="search"
          className="members-toolbar__search"
          aria-label={T.search}
          placeholder={T.searchPlaceholder}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
        />
        <select aria-label={T.preset} value={preset ?? ''} onChange={(e) => setPreset((e.target.value || null) as MemberPreset | null)}>
          <option value="">{T.presetNone}</option>
          {MEMBER_PRESETS.map((p) => (
            <option key={p} value={p}>
              {T.presets[p]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => apiRef.current?.setFilterModel(null)}>
          {T.clearFilters}
        </button>
        <span className="members-toolbar__gap" />
        <button type="button" disabled={!canAdd} title={canAdd ? undefined : REGISTRY_TEXT.dialog.addMemberNoOrg} onClick={() => org && setCard({ kind: 'new', orgId: org.id, orgName: org.name })}>
          {T.add}
        </button>
        <button type="button" disabled={!editing.selection} onClick={() => void openFor('bulk')}>
          {T.bulk}
        </button>
        <button type="button" disabled={!editing.selection} onClick={() => void openFor('transfer')}>
          {T.transfer}
        </button>
        {preset === 'removed' ? (
          <button type="button" disabled={!editing.selection} onClick={() => void restore()}>
            {T.restore}
          </button>
        ) : (
          <button type="button" disabled={!editing.selection} onClick={() => void openFor('remove')}>
            {T.remove}
          </button>
        )}
        <span className="column-chooser-anchor">
          <button type="button" aria-expanded={dialog === 'columns'} onClick={() => setDialog(dialog === 'columns' ? null : 'columns')}>
            {T.columns}
          </button>
          {dialog === 'columns' && apiRef.current && <ColumnChooser api={apiRef.current} onClose={() => setDialog(null)} />}
        </span>
        <button type="button" onClick={() => setDialog('export')}>
          {REGISTRY_TEXT.export.button}
        </button>
      </div>
      {notice && (
        <NoticeLine notice={notice} onClose={() => setNotice(null)} />
      )}
      <div ref={hostRef} className="grid-host" data-testid="members-grid" role="region" aria-label={REGISTRY_TEXT.membersGridLabel}>
        <AgGridReact<MemberRow>
          theme={gridTheme}
          localeText={localeRu}
          columnDefs={memberColumnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={MAX_BLOCKS}

          getRowId={getRowId}
          context={editing.context}
          readOnlyEdit
          suppressClickEdit
          enterNavigatesVerticallyAfterEdit
          suppressStartEditOnTab
          stopEditingWhenCellsLoseFocus
          // Few rows beyond the screen: a jump across 200,000 rows redraws only what is seen.
          rowBuffer={0}
          // Dragging the scrollbar across 200,000 rows draws (and asks the engine for) only the
          // rows where it pauses: each jump redraws the whole screen of rows.
          debounceVerticalScrollbar
          animateRows={false}
          onGridReady={(event) => {
            apiRef.current = event.api;
            layout.restore(event.api);
          }}
          onBodyScroll={editing.paint}
          onViewportChanged={editing.paint}
          // Other rows under the same range: the selection starts afresh.
          onFilterChanged={reset}
          onSortChanged={reset}
          onColumnMoved={(e) => layout.save(e.api)}
          onColumnResized={(e) => e.finished && layout.save(e.api)}
          onColumnVisible={(e) => layout.save(e.api)}
          {...editing.gridHandlers}
        />
      </div>
      <textarea
        ref={pasteSinkRef}
        className="paste-sink"
        aria-hidden="true"
        tabIndex={-1}
        onPaste={(e) => {
          e.preventDefault();
          editing.onPasteText(e.clipboardData.getData('text/plain'));
        }}
      />
      {/* data-search: the quick search the shown rows answer (tests and the benchmark wait for it). */}
      <div className="members-status" data-testid="members-status" data-search={counts?.search}>
        <span>{counts ? T.shown(counts.total, counts.unfiltered) : T.counting}</span>
        {editing.selection && (editing.selection.rows > 1 || editing.selection.cols > 1) && (
          <span>{T.selected(editing.selection.rows, editing.selection.cols)}</span>
        )}
      </div>
      {card && (
        <MemberCard
          target={card}
          orgName={orgName}
          report={report}
          onClose={() => setCard(null)}
          onSaved={(result) => {
            if (result.action) setNotice({ kind: 'info', text: T.saved(result.action.label) });
            onAction(result, card.kind === 'new');
            apiRef.current?.refreshInfiniteCache();
          }}
        />
      )}
      {dialog === 'bulk' && (
        <BulkEditDialog count={pending.length} onCancel={() => setDialog(null)} onApply={(field, value) => {
          setDialog(null);
          void editing.bulkSet(field, value);
        }} />
      )}
      {dialog === 'transfer' && (
        <TransferDialog
          count={pending.length}
          orgs={orgs}
          onCancel={() => setDialog(null)}
          onApply={(target, date) => void runOnSelected((ids) => send('members.transfer', { ids, orgId: target, date }))}
        />
      )}
      {dialog === 'export' && (
        <ExportDialog
          shown={datasource.shown()}
          total={counts?.total ?? null}
          typedPaths={typedPaths}
          report={report}
          onClose={() => setDialog(null)}
          onDone={(result) => {
            setDialog(null);
            setNotice({ kind: 'info', text: REGISTRY_TEXT.export.done(result.rows, result.path) });
          }}
        />
      )}
      {dialog === 'remove' && (
        <RemoveDialog
          count={pending.length}
          onCancel={() => setDialog(null)}
          onApply={(date, reason: RemovalReason) => void runOnSelected((ids) => send('members.remove', { ids, date, reason }))}
        />
      )}
    </div>
  );
}
