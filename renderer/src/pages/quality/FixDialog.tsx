import { useEffect, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import type { FixChangeView, FixPreview } from '../../../../shared/api/methods/quality';
import type { FixId } from '../../../../shared/quality/catalog';
import { QUALITY_TEXT } from '../../../../shared/quality/strings';
import { ApiError, send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { Dialog } from '../../components/Dialog';
import { localeRu } from '../../components/grid/localeRu';
import { gridTheme } from '../../components/grid/theme';
import { QUALITY_PAGE_TEXT } from './strings';

const T = QUALITY_PAGE_TEXT.fixDialog;
const C = QUALITY_PAGE_TEXT.columns;

interface Props {
  fix: FixId;
  /** Chosen records, or null for every record the check lists. */
  ids: number[] | null;
  onClose: () => void;
  /** After the fix is written or undone: the page runs the checks again. */
  onChanged: () => void;
}

/** Every change a fix would make, then ONE action writing them; undo is right here too. */
export function FixDialog({ fix, ids, onClose, onChanged }: Props) {
  const report = useReportError();
  const [preview, setPreview] = useState<FixPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ text: string; canUndo: boolean } | null>(null);

  useEffect(() => {
    send('quality.fixPreview', { fix, ids }).then(setPreview, report);
  }, [fix, ids, report]);

  const columns = useMemo<ColDef<FixChangeView>[]>(
    () => [
      { field: 'who', headerName: C.who, flex: 2, minWidth: 180 },
      { field: 'orgName', headerName: C.org, flex: 2, minWidth: 160 },
      { field: 'field', headerName: C.field, flex: 1, minWidth: 110 },
      { field: 'before', headerName: C.before, flex: 1, minWidth: 110 },
      { field: 'after', headerName: C.after, flex: 1, minWidth: 110 },
    ],
    [],
  );

  const apply = () => {
    setBusy(true);
    send('quality.fixApply', { fix, ids })
      .then((result) => {
        setDone({ text: T.applied(result.action?.label ?? QUALITY_TEXT.fixes[fix]), canUndo: result.action !== null });
        onChanged();
      }, report)
      .finally(() => setBusy(false));
  };
  const undo = () => {
    setBusy(true);
    send('edit.undo', {})
      .then((result) => {
        setDone({ text: T.undone(result.action.label), canUndo: false });
        onChanged();
      }, (error: unknown) => (error instanceof ApiError ? setDone({ text: error.message, canUndo: false }) : report(error)))
      .finally(() => setBusy(false));
  };

  const footer = done ? (
    <>
      {done.canUndo && (
        <button type="button" disabled={busy} onClick={undo}>
          {T.undo}
        </button>
      )}
      <button type="button" onClick={onClose}>
        {T.close}
      </button>
    </>
  ) : (
    <>
      <button type="button" onClick={onClose}>
        {T.cancel}
      </button>
      <button type="button" className="primary" disabled={busy || !preview || preview.changes.length === 0} onClick={apply}>
        {T.apply(preview?.records ?? 0)}
      </button>
    </>
  );

  return (
    <Dialog title={T.title(QUALITY_TEXT.fixes[fix])} closeLabel={T.close} onClose={onClose} footer={footer} wide>
      {done ? (
        <p role="status">{done.text}</p>
      ) : !preview ? (
        <p>{T.loading}</p>
      ) : preview.changes.length === 0 ? (
        <p>{T.nothing}</p>
      ) : (
        <>
          <p>{T.summary(preview.changes.length, preview.records)}</p>
          <div className="fix-preview">
            <AgGridReact<FixChangeView> theme={gridTheme} localeText={localeRu} rowData={preview.changes} columnDefs={columns} defaultColDef={{ sortable: true, resizable: true }} />
          </div>
        </>
      )}
    </Dialog>
  );
}
