import { useEffect, useState } from 'react';
import type { OrgGridRow } from '../../../../shared/api/methods/edit';
import { LIST_COLUMNS, DEFAULT_LIST_COLUMNS, listColumnLabel, type ListKind, type PrintList } from '../../../../shared/quality/lists';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { Dialog } from '../../components/Dialog';
import { MIME, downloadFile } from '../../components/download';
import { OrgPicker } from '../registry/orgs/OrgPicker';
import { QUALITY_PAGE_TEXT } from './strings';

const T = QUALITY_PAGE_TEXT.listsDialog;

interface Props {
  onClose: () => void;
  onPreview: (list: PrintList) => void;
}

const anyOrg = () => true;

/** A member list (chosen columns) or the card hand-out sheet of an organization: preview, print, DOCX. */
export function ListsDialog({ onClose, onPreview }: Props) {
  const report = useReportError();
  const [orgs, setOrgs] = useState<OrgGridRow[]>([]);
  const [kind, setKind] = useState<ListKind>('members');
  const [orgId, setOrgId] = useState<number | null>(null);
  const [subtree, setSubtree] = useState(true);
  const [columns, setColumns] = useState<string[]>(DEFAULT_LIST_COLUMNS);
  const [orientation, setOrientation] = useState<'portrait' | 'landscape'>('portrait');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    send('orgs.grid', {}).then((rows) => {
      setOrgs(rows);
      setOrgId((id) => id ?? rows.find((r) => r.parentId === null)?.id ?? null);
    }, report);
  }, [report]);

  const args = () => ({ kind, orgId: orgId!, subtree, columns: LIST_COLUMNS.filter((c) => columns.includes(c)), orientation });
  const preview = () => {
    setBusy(true);
    send('lists.data', args())
      .then(onPreview, report)
      .finally(() => setBusy(false));
  };
  const docx = () => {
    setBusy(true);
    send('lists.docx', { ...args(), path: null })
      .then((file) => downloadFile(file, MIME.docx), report)
      .finally(() => setBusy(false));
  };
  const toggle = (c: string) => setColumns(columns.includes(c) ? columns.filter((x) => x !== c) : [...columns, c]);

  const footer = (
    <>
      <button type="button" className="primary" disabled={busy || orgId === null || columns.length === 0} onClick={preview}>
        {T.preview}
      </button>
      <button type="button" disabled={busy || orgId === null || columns.length === 0} onClick={docx}>
        {T.docx}
      </button>
      <button type="button" onClick={onClose}>
        {T.close}
      </button>
    </>
  );

  return (
    <Dialog title={T.title} closeLabel={T.close} onClose={onClose} footer={footer} wide>
      <div className="lists-form">
        <fieldset>
          <legend>{T.kind}</legend>
          {(['members', 'cards'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="list-kind" checked={kind === k} onChange={() => setKind(k)} /> {T.kinds[k]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{T.org}</legend>
          <OrgPicker id="list-org" orgs={orgs} allowed={anyOrg} value={orgId} onChange={setOrgId} />
          <label>
            <input type="checkbox" checked={subtree} onChange={(e) => setSubtree(e.target.checked)} /> {T.subtree}
          </label>
        </fieldset>
        {kind === 'members' && (
          <fieldset className="lists-form__columns">
            <legend>{T.columns}</legend>
            {LIST_COLUMNS.map((c) => (
              <label key={c}>
                <input type="checkbox" checked={columns.includes(c)} onChange={() => toggle(c)} /> {listColumnLabel(c)}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>{T.orientation}</legend>
          {(['portrait', 'landscape'] as const).map((o) => (
            <label key={o}>
              <input type="radio" name="list-orientation" checked={orientation === o} onChange={() => setOrientation(o)} /> {QUALITY_PAGE_TEXT.orientation[o]}
            </label>
          ))}
        </fieldset>
        {busy && <p role="status">{T.working}</p>}
      </div>
    </Dialog>
  );
}
