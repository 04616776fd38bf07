// Excel-like behaviour on top of AG Grid Community (whose range selection, clipboard and fill
// handle are Enterprise): a cell range chosen with the mouse and Shift+arrows, Ctrl+A, Ctrl+C
// as TSV, Ctrl+V validated all-or-nothing, Ctrl+D fill down, Delete, Enter for the card, and
// in-cell edits that are saved at once or marked invalid with a Russian tooltip.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type {
  CellDoubleClickedEvent,
  CellEditRequestEvent,
  CellFocusedEvent,
  GridApi,
} from 'ag-grid-community';
import type { ActionResult } from '../../../../../shared/api/methods/edit';
import { displayValue } from '../../../../../shared/edit/display';
import { readFieldValue } from '../../../../../shared/edit/fields';
import type { MemberRow } from '../../../../../shared/domain/types';
import { initialsOf } from '../../../../../shared/ru';
import { parseTsv } from '../../../../../shared/tsv';
import { ApiError, send } from '../../../api';
import type { Notice } from '../fields/NoticeLine';
import { REGISTRY_TEXT } from '../strings';
import { inBounds, moveFocus, rangeBounds, singleCell, type CellRange, type RangeBounds } from './cellRange';
import { writeClipboardLater, writeClipboardNow } from './clipboardDom';
import { copyBlock } from './copyBlock';
import { isEditableColumn, MEMBER_COLUMN_BY_ID, type MemberColumn } from './memberColumnModel';
import type { MembersGridContext } from './memberColumns';
import type { ShownQuery } from './membersDatasource';
import { pasteShape, planPaste } from './pastePlan';

const T = REGISTRY_TEXT.edit;
/** Rows per request when a range reaches past the rows the grid holds. */
const CHUNK = 5000;
/** At most this many problems are listed under a refused paste. */
const MAX_LISTED = 20;
/** One bulk action covers at most this many rows (the contract's limit). */
const MAX_ROWS = 1_000_000;


interface Options {
  apiRef: RefObject<GridApi<MemberRow> | null>;
  hostRef: RefObject<HTMLDivElement | null>;
  pasteSinkRef: RefObject<HTMLTextAreaElement | null>;
  shown: () => ShownQuery;
  notify: (notice: Notice | null) => void;
  /** After a saved action: the page updates undo and reloads what changed. */
  onAction: (result: ActionResult, rowsMoved: boolean) => void;
  openCard: (row: MemberRow) => void;
  /** Anything that is not the engine's refusal: a bug, shown by the app. */
  report: (error: unknown) => void;
}

const who = (row: MemberRow) => `${row.surname} ${initialsOf(row)}`.trim();

/** An engine refusal as a notice: its first line, then the listed problems. */
export function refusalNotice(error: ApiError): Notice {
  const [first, ...rest] = error.message.split('\n');
  return { kind: 'error', text: first ?? '', lines: rest };
}

export function useGridEditing({ apiRef, hostRef, pasteSinkRef, shown, notify, onAction, openCard, report }: Options) {
  const fail = useCallback(
    (error: unknown) => (error instanceof ApiError ? notify(refusalNotice(error)) : report(error)),
    [notify, report],
  );
  const range = useRef<CellRange | null>(null);
  const dragging = useRef(false);
  /** A Shift+click is under way: the cell it focuses extends the range instead of starting one. */
  const shiftPointer = useRef(false);
  const problems = useRef(new Map<string, string>());
  const [selection, setSelection] = useState<{ rows: number; cols: number } | null>(null);
  /** Whether any cell on screen may carry the range mark (nothing to clear otherwise). */
  const painted = useRef(false);

  const columns = useCallback((): MemberColumn[] => {
    const api = apiRef.current;
    if (!api) return [];
    return api
      .getAllDisplayedColumns()
      .map((c) => MEMBER_COLUMN_BY_ID.get(c.getColId()))
      .filter((c): c is MemberColumn => c !== undefined);
  }, [apiRef]);

  const colIds = useCallback(() => columns().map((c) => c.colId), [columns]);
  const bounds = useCallback((): RangeBounds | null => (range.current ? rangeBounds(range.current, colIds()) : null), [colIds]);

  /**
   * Marks the cells of the range on screen (cells drawn later ask `inRange` themselves) and
   * gives a refused cell its Russian explanation as the tooltip (a plain `title`: AG Grid's
   * tooltips would hang listeners on every cell and slow scrolling down).
   */
  const paint = useCallback(() => {
    const host = hostRef.current;
    const ids = colIds();
    const b = range.current ? rangeBounds(range.current, ids) : null;
    const rows = b ? b.bottom - b.top + 1 : 0;
    const cols = b ? b.right - b.left + 1 : 0;
    // Scrolling repaints often: the panel re-renders only when the selection's size changes.
    setSelection((cur) => (!b ? null : cur && cur.rows === rows && cur.cols === cols ? cur : { rows, cols }));
    const marks = problems.current;
    if (!host || (!b && marks.size === 0 && !painted.current)) return;
    painted.current = b !== null || marks.size > 0;
    const pos = new Map(ids.map((id, i) => [id, i]));
    for (const rowEl of host.querySelectorAll<HTMLElement>('.ag-row[row-index]')) {
      const row = Number(rowEl.getAttribute('row-index'));
      const rowId = rowEl.getAttribute('row-id');
      for (const cell of rowEl.querySelectorAll<HTMLElement>('.ag-cell[col-id]')) {
        const colId = cell.getAttribute('col-id') ?? '';
        const col = pos.get(colId);
        cell.classList.toggle('cell-in-range', col !== undefined && inBounds(b, row, col));
        const problem = marks.get(`${rowId}:${colId}`);
        if (problem) cell.title = problem;
        else cell.removeAttribute('title');
      }
    }
  }, [colIds, hostRef]);

  const setRange = useCallback(
    (next: CellRange | null) => {
      range.current = next;
      paint();
    },
    [paint],
  );

  const context = useMemo<MembersGridContext>(
    () => ({
      inRange: (rowIndex, colId) => {
        if (rowIndex === null || !range.current) return false;
        const ids = colIds();
        return inBounds(rangeBounds(range.current, ids), rowIndex, ids.indexOf(colId));
      },
      problemOf: (rowId, colId) => (rowId === undefined ? null : (problems.current.get(`${rowId}:${colId}`) ?? null)),
    }),
    [colIds],
  );

  // ---- rows of a range: from the grid when it holds them, else from the engine ----

  const loadedRows = useCallback(
    (top: number, bottom: number): MemberRow[] | null => {
      const api = apiRef.current;
      if (!api) return null;
      const rows: MemberRow[] = [];
      for (let i = top; i <= bottom; i++) {
        const data = api.getDisplayedRowAtIndex(i)?.data;
        if (!data) return null;
        rows.push(data);
      }
      return rows;
    },
    [apiRef],
  );

  const rowsOf = useCallback(
    async (top: number, bottom: number): Promise<MemberRow[]> => {
      const loaded = loadedRows(top, bottom);
      if (loaded) return loaded;
      const { query, sort } = shown();
      const out: MemberRow[] = [];
      for (let offset = top; offset <= bottom; offset += CHUNK) {
        const page = await send('members.list', { ...query, sort, offset, limit: Math.min(CHUNK, bottom - offset + 1) });
        out.push(...page.rows);
      }
      return out;
    },
    [loadedRows, shown],
  );

  const idsOf = useCallback(
    async (top: number, bottom: number): Promise<number[]> => {
      const loaded = loadedRows(top, bottom);
      if (loaded) return loaded.map((r) => r.id);
      const { query, sort } = shown();
      return send('members.ids', { ...query, sort, offset: top, limit: bottom - top + 1 });
    },
    [loadedRows, shown],
  );

  /** Ids of the rows the range covers (the «selected» members of bulk actions). */
  const selectedIds = useCallback(async (): Promise<number[]> => {
    const b = bounds();
    if (!b) return [];
    if (b.bottom - b.top + 1 > MAX_ROWS) throw new ApiError('bad_args', T.tooManyRows(MAX_ROWS));
    return idsOf(b.top, b.bottom);
  }, [bounds, idsOf]);

  const refocus = useCallback(() => {
    const api = apiRef.current;
    const r = range.current;
    if (api && r) api.setFocusedCell(r.anchor.row, r.anchor.colId);
  }, [apiRef]);

  const afterAction = useCallback(
    (result: ActionResult, label: string, rowsMoved = false) => {
      if (!result.action) {
        notify({ kind: 'info', text: REGISTRY_TEXT.members.nothingChanged });
        return;
      }
      notify({ kind: 'info', text: REGISTRY_TEXT.members.saved(label) });
      onAction(result, rowsMoved);
      apiRef.current?.refreshInfiniteCache();
    },
    [apiRef, notify, onAction],
  );

  // ---- in-cell edits ----

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<MemberRow>) => {
      const col = MEMBER_COLUMN_BY_ID.get(event.column.getColId());
      const row = event.data;
      if (!isEditableColumn(col) || !row) return;
      const key = `${row.id}:${col.colId}`;
      const refresh = () => event.api.refreshCells({ rowNodes: [event.node], columns: [col.colId], force: true });
      const mark = (problem: string) => {
        problems.current.set(key, T.invalidTooltip(problem));
        refresh();
        paint();
      };
      const read = readFieldValue(col.spec, event.newValue as string | boolean | null);
      if (!read.ok) {
        mark(read.problem);
        notify({ kind: 'error', text: `${who(row)}, «${col.label}»: ${read.problem}` });
        return;
      }
      const label = T.labelEdit(col.label, who(row));
      send('edit.apply', {
        source: 'edit',
        label,
        changes: [{ entity: 'member', id: row.id, field: col.colId, value: (event.newValue ?? null) as string | boolean | null }],
      })
        .then(async (result) => {
          problems.current.delete(key);
          event.node.setData(await send('members.get', { id: row.id }));
          refresh();
          paint();
          if (result.action) {
            notify({ kind: 'info', text: REGISTRY_TEXT.members.saved(label) });
            onAction(result, false);
          }
        })
        .catch((error: unknown) => {
          if (error instanceof ApiError) mark(refusalNotice(error).lines?.[0] ?? error.message);
          fail(error);
        });
    },
    [fail, notify, onAction, paint],
  );

  // ---- keyboard commands ----

  const copy = useCallback(() => {
    const b = bounds();
    if (!b) return;
    const cols = columns().slice(b.left, b.right + 1);
    const loaded = loadedRows(b.top, b.bottom);
    if (loaded) {
      if (!writeClipboardNow(copyBlock(loaded, cols))) notify({ kind: 'error', text: T.copyFailed });
      return;
    }
    rowsOf(b.top, b.bottom)
      .then(async (rows) => {
        if (!(await writeClipboardLater(copyBlock(rows, cols)))) notify({ kind: 'error', text: T.copyFailed });
      })
      .catch(fail);
  }, [bounds, columns, fail, loadedRows, notify, rowsOf]);

  const paste = useCallback(
    async (text: string) => {
      const api = apiRef.current;
      const b = bounds();
      if (!api || !b) return;
      const block = parseTsv(text);
      if (block.length === 0) {
        notify({ kind: 'error', text: T.pasteEmpty });
        return;
      }
      const area = { rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 };
      const cols = columns();
      const rowCount = api.getDisplayedRowCount();
      const shape = pasteShape({ block, area });
      const last = Math.min(rowCount - 1, b.top + shape.rows - 1);
      try {
        const rows = await rowsOf(b.top, last);
        const plan = planPaste({ block, top: b.top, left: b.left, area, columns: cols, rowCount }, rows);
        if (plan.problems.length > 0) {
          const listed = plan.problems.slice(0, MAX_LISTED);
          const more = plan.problems.length > listed.length ? [T.more(plan.problems.length - listed.length)] : [];
          notify({ kind: 'error', text: T.pasteRefused(plan.problems.length), lines: [...listed, ...more] });
          return;
        }
        if (plan.changes.length === 0) {
          notify({ kind: 'error', text: T.nothingEditable });
          return;
        }
        const label = T.labelPaste(plan.rows, plan.cols);
        const result = await send('edit.apply', {
          source: 'paste',
          label,
          changes: plan.changes.map((c) => ({ entity: 'member' as const, ...c })),
        });
        setRange({
          anchor: { row: b.top, colId: cols[b.left]!.colId },
          focus: { row: b.top + plan.rows - 1, colId: cols[b.left + plan.cols - 1]!.colId },
        });
        afterAction(result, label);
      } catch (error) {
        fail(error);
      }
    },
    [afterAction, apiRef, bounds, columns, fail, notify, rowsOf, setRange],
  );

  /** Sets the same values on every row of the range (fill down, clearing, bulk edit). */
  const setOnRows = useCallback(
    async (top: number, bottom: number, values: Record<string, string | boolean | null>, label: string, source: 'edit' | 'bulk') => {
      if (Object.keys(values).length === 0) {
        notify({ kind: 'error', text: T.nothingEditable });
        return;
      }
      try {
        const ids = await idsOf(top, bottom);
        const result = await send('edit.setMany', { entity: 'member', ids, values, source: ids.length > 1 ? 'bulk' : source, label });
        afterAction(result, label);
      } catch (error) {
        fail(error);
      }
    },
    [afterAction, fail, idsOf, notify],
  );

  const fillDown = useCallback(async () => {
    const b = bounds();
    if (!b) return;
    // Excel: one selected row takes the row above; a taller range takes its own top row.
    const source = b.top === b.bottom ? b.top - 1 : b.top;
    const first = b.top === b.bottom ? b.top : b.top + 1;
    if (source < 0) return;
    const cols = columns().slice(b.left, b.right + 1).filter(isEditableColumn);
    try {
      const [row] = await rowsOf(source, source);
      if (!row) return;
      const values = Object.fromEntries(
        cols.map((c) => [c.colId, ((row as unknown as Record<string, unknown>)[c.colId] ?? null) as string | boolean | null]),
      );
      const rows = b.bottom - first + 1;
      const label = cols.length === 1 ? T.labelFill(cols[0]!.label, rows) : T.labelFillMany(cols.length, rows);
      await setOnRows(first, b.bottom, values, label, 'edit');
    } catch (error) {
      fail(error);
    }
  }, [bounds, columns, fail, rowsOf, setOnRows]);

  const clear = useCallback(async () => {
    const b = bounds();
    if (!b) return;
    const cols = columns().slice(b.left, b.right + 1).filter(isEditableColumn);
    const values = Object.fromEntries(cols.map((c) => [c.colId, null]));
    await setOnRows(b.top, b.bottom, values, T.labelClear((b.bottom - b.top + 1) * cols.length), 'edit');
  }, [bounds, columns, setOnRows]);

  const bulkSet = useCallback(
    async (field: string, value: string) => {
      const b = bounds();
      const col = MEMBER_COLUMN_BY_ID.get(field);
      if (!b || !col?.spec) return;
      const shownValue = displayValue(col.spec, value);
      await setOnRows(b.top, b.bottom, { [field]: value }, T.labelBulk(col.label, shownValue, b.bottom - b.top + 1), 'bulk');
    },
    [bounds, setOnRows],
  );

  const selectAll = useCallback(() => {
    const api = apiRef.current;
    const ids = colIds();
    if (!api || ids.length === 0 || api.getDisplayedRowCount() === 0) return;
    setRange({ anchor: { row: 0, colId: ids[0]! }, focus: { row: api.getDisplayedRowCount() - 1, colId: ids[ids.length - 1]! } });
  }, [apiRef, colIds, setRange]);

  const extend = useCallback(
    (dRow: number, dCol: number) => {
      const api = apiRef.current;
      if (!api || !range.current) return;
      const next = moveFocus(range.current, colIds(), api.getDisplayedRowCount(), dRow, dCol);
      setRange(next);
      api.ensureIndexVisible(next.focus.row);
      api.ensureColumnVisible(next.focus.colId);
    },
    [apiRef, colIds, setRange],
  );

  // Shortcuts are caught before AG Grid sees them (capture phase), except inside an editor.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const api = apiRef.current;
      const target = event.target as HTMLElement;
      if (!api || api.getEditingCells().length > 0) return;
      if (target.closest('input, textarea, select, .ag-popup, .ag-filter')) return;
      const ctrl = event.ctrlKey || event.metaKey;
      const stop = () => {
        event.preventDefault();
        event.stopPropagation();
      };
      // Letters by physical key: Ctrl+C is Ctrl+С on the Russian layout.
      if (ctrl && !event.altKey) {
        if (event.code === 'KeyC') {
          stop();
          copy();
        } else if (event.code === 'KeyV') {
          // Let the browser paste into the hidden field: no permission needed.
          event.stopPropagation();
          const sink = pasteSinkRef.current;
          sink?.focus();
          // An empty clipboard pastes nothing: give the focus back to the grid anyway.
          setTimeout(() => {
            if (sink && document.activeElement === sink) refocus();
          }, 500);
        } else if (event.code === 'KeyD') {
          stop();
          void fillDown();
        } else if (event.code === 'KeyA') {
          stop();
          selectAll();
        }
        return;
      }
      if (event.key === 'Delete') {
        stop();
        void clear();
      } else if (event.shiftKey && event.key.startsWith('Arrow')) {
        stop();
        const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[event.key];
        if (step) extend(step[0]!, step[1]!);
      } else if (event.key === 'Enter' && !event.shiftKey) {
        const focused = api.getFocusedCell();
        const row = focused ? api.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
        if (row) {
          stop();
          openCard(row);
        }
      }
    };
    host.addEventListener('keydown', onKeyDown, true);
    return () => host.removeEventListener('keydown', onKeyDown, true);
  }, [apiRef, clear, copy, extend, fillDown, hostRef, openCard, pasteSinkRef, refocus, selectAll]);

  const onPasteText = useCallback(
    (text: string) => {
      refocus();
      void paste(text);
    },
    [paste, refocus],
  );

  // ---- mouse ----

  // The mouse is read from the DOM directly: the grid's own cell events may arrive after a key
  // pressed right after the click, and by then the range must already be the clicked cell.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const cellAt = (target: EventTarget | null): CellRange['focus'] | null => {
      const cell = target instanceof Element ? target.closest('.ag-cell[col-id]') : null;
      const row = cell?.closest('.ag-row[row-index]');
      if (!cell || !row || !host.contains(cell)) return null;
      return { row: Number(row.getAttribute('row-index')), colId: cell.getAttribute('col-id') ?? '' };
    };
    const down = (event: PointerEvent) => {
      shiftPointer.current = event.shiftKey;
      const cell = event.button === 0 ? cellAt(event.target) : null;
      if (!cell) return;
      if (event.shiftKey && range.current) setRange({ anchor: range.current.anchor, focus: cell });
      else {
        setRange(singleCell(cell));
        dragging.current = true;
      }
    };
    const over = (event: PointerEvent) => {
      if (!dragging.current || !range.current) return;
      if (event.buttons !== 1) {
        dragging.current = false;
        return;
      }
      const cell = cellAt(event.target);
      const f = range.current.focus;
      if (cell && (cell.row !== f.row || cell.colId !== f.colId)) setRange({ anchor: range.current.anchor, focus: cell });
    };
    const up = () => {
      dragging.current = false;
      // The grid may move its focus after the button is released: keep the Shift for that.
      setTimeout(() => (shiftPointer.current = false), 0);
    };
    host.addEventListener('pointerdown', down, true);
    host.addEventListener('pointerover', over, true);
    window.addEventListener('pointerup', up);
    return () => {
      host.removeEventListener('pointerdown', down, true);
      host.removeEventListener('pointerover', over, true);
      window.removeEventListener('pointerup', up);
    };
  }, [hostRef, setRange]);

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<MemberRow>) => {
      if (event.rowIndex === null || !event.column || typeof event.column === 'string') return;
      const cell = { row: event.rowIndex, colId: event.column.getColId() };
      if (shiftPointer.current && range.current) {
        setRange({ anchor: range.current.anchor, focus: cell });
        return;
      }
      const r = range.current;
      // Focus on the anchor keeps the range: the grid reports a click's focus late, sometimes
      // after Shift+arrows have already extended the range, and it refocuses after edits.
      if (r && r.anchor.row === cell.row && r.anchor.colId === cell.colId) return;
      setRange(singleCell(cell));
    },
    [setRange],
  );

  const onCellDoubleClicked = useCallback(
    (event: CellDoubleClickedEvent<MemberRow>) => {
      if (event.data) openCard(event.data);
    },
    [openCard],
  );

  /** Forgets marks and the range when the rows are replaced (another subtree, search, undo). */
  const reset = useCallback(() => {
    problems.current.clear();
    setRange(null);
  }, [setRange]);

  return {
    context,
    selection,
    paint,
    reset,
    selectedIds,
    bulkSet,
    onPasteText,
    gridHandlers: { onCellEditRequest, onCellFocused, onCellDoubleClicked },
  };
}
