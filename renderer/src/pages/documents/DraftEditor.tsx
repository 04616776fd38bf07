import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SnapshotChoice } from '../../../../shared/api/methods/indicators';
import type { DocumentDraft, DraftPart } from '../../../../shared/domain/documents';
import { formatDateNumeric } from '../../../../shared/ru';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { MIME, downloadFile } from '../../components/download';
import { PartEditor } from './PartEditor';
import { partCaptions } from './partCaptions';
import { SettingsForm } from './SettingsForm';
import { DOCUMENTS_TEXT } from './strings';

interface Props {
  id: number;
  snapshots: SnapshotChoice[];
  onChanged: () => void;
  onDeleted: () => void;
}

const T = DOCUMENTS_TEXT;

/** One draft: its settings form, its parts to edit, and save / regenerate / export / delete. */
export function DraftEditor({ id, snapshots, onChanged, onDeleted }: Props) {
  const report = useReportError();
  const [draft, setDraft] = useState<DocumentDraft | null>(null);
  const [settings, setSettings] = useState<Record<string, unknown>>({});
  const [parts, setParts] = useState<DraftPart[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const show = useCallback((d: DocumentDraft) => {
    setDraft(d);
    setSettings({ ...d.settings });
    setParts(d.parts);
    setDirty(false);
  }, []);

  useEffect(() => {
    let current = true;
    setDraft(null);
    setMessage(null);
    send('documents.get', { id }).then((d) => current && show(d), report);
    return () => {
      current = false;
    };
  }, [id, show, report]);

  const captions = useMemo(() => partCaptions(parts), [parts]);

  /** Saves pending edits; resolves to the saved draft (or the current one when nothing changed). */
  const save = useCallback(async (): Promise<DocumentDraft | null> => {
    if (!draft) return null;
    if (!dirty) return draft;
    const saved = await send('documents.save', { id, settings, parts: parts.map(({ key, edited }) => ({ key, edited })) });
    show(saved);
    onChanged();
    return saved;
  }, [draft, dirty, id, settings, parts, show, onChanged]);

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    work()
      .catch(report)
      .finally(() => setBusy(false));
  };

  if (!draft) return <p className="documents-page__hint">{T.loading}</p>;
  const latest = snapshots[0]?.asOf;
  const stale = latest !== undefined && latest > draft.asOf;

  return (
    <div className="draft-editor" data-testid="draft-editor">
      <div className="panel-toolbar">
        <h2 className="panel-toolbar__title">{T.kinds[draft.kind]}</h2>
        {dirty && <span className="draft-editor__dirty">{T.unsaved}</span>}
        <span className="draft-editor__spacer" />
        <button type="button" disabled={busy || !dirty} onClick={() =>
            run(async () => {
              await save();
              setMessage(T.saved);
            })
          }>
          {T.save}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              await save();
              const { draft: fresh, replaced } = await send('documents.regenerate', { id });
              show(fresh);
              const names = partCaptions(fresh.parts);
              setMessage(T.regenerated(replaced.map((k) => names[fresh.parts.findIndex((p) => p.key === k)] ?? k)));
              onChanged();
            })
          }
        >
          {T.regenerate}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              await save();
              setMessage(T.exporting);
              downloadFile(await send('documents.export', { id }), MIME.docx);
              setMessage(null);
            })
          }
        >
          {T.export}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            if (!window.confirm(T.confirmRemove(draft.title))) return;
            run(async () => {
              await send('documents.delete', { id });
              onDeleted();
            });
          }}
        >
          {T.remove}
        </button>
      </div>
      {message && (
        <p className="draft-editor__message" role="status">
          {message}
        </p>
      )}
      {stale && <p className="draft-editor__warning">{T.stale(formatDateNumeric(draft.asOf))}</p>}
      {draft.warnings.length > 0 && (
        <div className="draft-editor__warning">
          <strong>{T.warnings}:</strong>
          <ul>
            {draft.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="draft-editor__body">
        <section className="draft-editor__settings" aria-label={T.settings}>
          <h3>{T.settings}</h3>
          <SettingsForm
            kind={draft.kind}
            settings={settings}
            snapshots={snapshots}
            onChange={(s) => {
              setSettings(s);
              setDirty(true);
            }}
          />
        </section>
        <section className="draft-editor__parts" aria-label={T.text}>
          <h3>{T.text}</h3>
          {parts.length === 0 ? (
            <p>{T.noParts}</p>
          ) : (
            <>
              <p className="documents-page__hint">{T.textHint}</p>
              {parts.map((p, i) => (
                <PartEditor
                  key={p.key}
                  part={p}
                  caption={captions[i]!}
                  onChange={(edited) => {
                    setParts(parts.map((x) => (x.key === p.key ? { ...x, edited } : x)));
                    setDirty(true);
                  }}
                />
              ))}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
