import { useCallback, useEffect, useState } from 'react';
import { DOCUMENT_KINDS, type DocumentKind, type DraftSummary } from '../../../../shared/domain/documents';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { useSnapshots } from '../analysis/useIndicatorTable';
import { DraftEditor } from './DraftEditor';
import { DOCUMENTS_TEXT } from './strings';
import './documents.css';

const T = DOCUMENTS_TEXT;

/** «Документы»: drafts kept in the file on the left, the chosen one to edit and export on the right. */
export function DocumentsPage() {
  const report = useReportError();
  const snapshots = useSnapshots();
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);

  const reload = useCallback(() => {
    send('documents.list', {}).then(setDrafts, report);
  }, [report]);
  useEffect(reload, [reload]);

  const create = (kind: DocumentKind) => {
    setCreating(true);
    send('documents.defaults', { kind })
      .then((settings) => send('documents.create', { kind, settings: { ...settings } }))
      .then((draft) => {
        setSelected(draft.id);
        reload();
      }, report)
      .finally(() => setCreating(false));
  };

  return (
    <section className="documents-page" aria-label={T.title}>
      <aside className="documents-page__list">
        <div className="documents-page__create">
          {DOCUMENT_KINDS.map((kind) => (
            <button key={kind} type="button" disabled={creating} onClick={() => create(kind)}>
              {T.create(kind)}
            </button>
          ))}
        </div>
        <h2>{T.drafts}</h2>
        {drafts && drafts.length === 0 && <p className="documents-page__hint">{T.noDrafts}</p>}
        <ul className="draft-list">
          {(drafts ?? []).map((d) => (
            <li key={d.id}>
              <button type="button" className="draft-list__item" aria-current={d.id === selected ? 'true' : undefined} onClick={() => setSelected(d.id)}>
                <span className="draft-list__title">{d.title}</span>
                <span className="draft-list__meta">
                  {T.kinds[d.kind]} · {T.updated(new Date(d.updatedAt).toLocaleString('ru-RU'))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <div className="documents-page__editor">
        {selected === null ? (
          <p className="documents-page__hint">{T.pick}</p>
        ) : (
          <DraftEditor
            key={selected}
            id={selected}
            snapshots={snapshots}
            onChanged={reload}
            onDeleted={() => {
              setSelected(null);
              reload();
            }}
          />
        )}
      </div>
    </section>
  );
}
