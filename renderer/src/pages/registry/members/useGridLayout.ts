// Remembers the grid's column choice, order and width in the registry file (settings table),
// because the browser mode's address — and with it localStorage — changes on every launch.
import { useCallback, useEffect, useRef } from 'react';
import type { ColumnState, GridApi } from 'ag-grid-community';
import type { GridLayoutColumn } from '../../../../../shared/api/methods/edit';
import { send } from '../../../api';

const SAVE_DELAY_MS = 600;

export function useGridLayout<T>(key: 'membersGrid' | 'orgGrid', report: (e: unknown) => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ready = useRef(false);

  /** Applies the saved layout once the grid exists; changes before that are not saved. */
  const restore = useCallback(
    (api: GridApi<T>) => {
      send('ui.layout.get', { key }).then(
        (columns) => {
          if (columns && !api.isDestroyed()) {
            const state: ColumnState[] = columns.map((c) => ({ colId: c.colId, width: c.width, hide: c.hide ?? false }));
            api.applyColumnState({ state, applyOrder: true });
          }
          ready.current = true;
        },
        (error: unknown) => {
          ready.current = true;
          report(error);
        },
      );
    },
    [key, report],
  );

  /** Saves the layout a moment after the user stops moving, resizing or choosing columns. */
  const save = useCallback(
    (api: GridApi<T>) => {
      if (!ready.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (api.isDestroyed()) return;
        const columns: GridLayoutColumn[] = api.getColumnState().map((c) => ({
          colId: c.colId,
          ...(c.width ? { width: Math.round(c.width) } : {}),
          hide: c.hide ?? false,
        }));
        send('ui.layout.set', { key, columns }).catch(report);
      }, SAVE_DELAY_MS);
    },
    [key, report],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { restore, save };
}
