import { useState } from 'react';
import { IMPORT_KINDS, type ImportKindId } from '../../../../shared/api/methods/import';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { chooseFile } from '../../components/saveTarget/chooseFile';
import { PathField } from '../../components/PathField';
import { EXCHANGE_TEXT } from './strings';

const T = EXCHANGE_TEXT.templates;

/** Файл → Шаблоны импорта: the three templates, each saved where the user says. */
export function TemplatesPanel({ typedPaths }: { typedPaths: boolean }) {
  const report = useReportError();
  const [asking, setAsking] = useState<ImportKindId | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const write = (kind: ImportKindId, path: string) => {
    setBusy(true);
    send('import.saveTemplate', { kind, path })
      .then((r) => {
        setSaved(r.path);
        setAsking(null);
      }, report)
      .finally(() => setBusy(false));
  };
  const save = (kind: ImportKindId) => {
    setSaved(null);
    if (typedPaths) return setAsking(kind);
    chooseFile('export', 'xlsx', `${T.names[kind]}.xlsx`).then((path) => path && write(kind, path), report);
  };

  return (
    <section className="exchange-panel" aria-label={EXCHANGE_TEXT.tabs.templates}>
      <p>{T.intro}</p>
      <ul className="exchange-templates">
        {IMPORT_KINDS.map((kind) => (
          <li key={kind}>
            <span>
              <strong>{EXCHANGE_TEXT.kinds[kind]}</strong> — {EXCHANGE_TEXT.kindHints[kind]}
            </span>
            <button type="button" disabled={busy} onClick={() => save(kind)}>
              {T.save}
            </button>
            {asking === kind && (
              <PathField submitLabel={EXCHANGE_TEXT.export.saveTo} disabled={busy} onSubmit={(path) => write(kind, path)} onCancel={() => setAsking(null)} />
            )}
          </li>
        ))}
      </ul>
      {saved && <p role="status">{T.saved(saved)}</p>}
    </section>
  );
}
