import { useEffect, useState } from 'react';
import type { CheckSummary } from '../../../../shared/api/methods/quality';
import type { CheckId } from '../../../../shared/quality/catalog';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { Dialog } from '../../components/Dialog';
import { MIME, downloadFile } from '../../components/download';
import { QUALITY_PAGE_TEXT } from './strings';

const T = QUALITY_PAGE_TEXT.lettersDialog;

interface Props {
  checks: readonly CheckSummary[];
  onClose: () => void;
}

/** Letters to every organization with problems: which problems, who signs, one file or a folder. */
export function LettersDialog({ checks, onClose }: Props) {
  const report = useReportError();
  const withFindings = checks.filter((c) => c.count > 0);
  const [chosen, setChosen] = useState<ReadonlySet<CheckId>>(() => new Set(withFindings.map((c) => c.id)));
  const [recipients, setRecipients] = useState<number | null>(null);
  const [signerPosition, setSignerPosition] = useState('');
  const [signerName, setSignerName] = useState('');
  const [date, setDate] = useState('');
  const [deadline, setDeadline] = useState('');
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    send('quality.settings.get', {}).then((s) => {
      setSignerPosition(s.signerPosition);
      setSignerName(s.signerName);
    }, report);
  }, [report]);
  useEffect(() => {
    setRecipients(null);
    if (chosen.size === 0) return setRecipients(0);
    send('letters.recipients', { checks: [...chosen], orgIds: null }).then((r) => setRecipients(r.length), report);
  }, [chosen, report]);

  const toggle = (id: CheckId) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };

  const write = (mode: 'single' | 'perOrg') => {
    setBusy(true);
    setMessage(T.working);
    send('quality.settings.set', { signerPosition, signerName })
      .then(() =>
        send('letters.write', {
          mode,
          path: mode === 'single' ? null : folder.trim(),
          checks: [...chosen],
          date: date || null,
          deadline: deadline || null,
          signerPosition: signerPosition.trim() || null,
          signerName: signerName.trim() || null,
        }),
      )
      .then((res) => {
        for (const file of res.files) downloadFile(file, file.fileName.endsWith('.xlsx') ? MIME.xlsx : MIME.docx);
        setMessage(T.written(res.letters, res.files.length));
      }, (error: unknown) => {
        setMessage(null);
        report(error);
      })
      .finally(() => setBusy(false));
  };

  const footer = (
    <>
      <button type="button" className="primary" disabled={busy || chosen.size === 0} onClick={() => write('single')}>
        {T.single}
      </button>
      <button type="button" onClick={onClose}>
        {T.close}
      </button>
    </>
  );

  return (
    <Dialog title={T.title} closeLabel={T.close} onClose={onClose} footer={footer} wide>
      <div className="letters-form">
        <fieldset>
          <legend>{T.checks}</legend>
          <ul className="letters-form__checks">
            {withFindings.map((c) => (
              <li key={c.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} /> {c.title} ({c.count})
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {recipients !== null && <p>{T.recipients(recipients)}</p>}
        <label>
          {T.signerPosition}
          <input type="text" value={signerPosition} onChange={(e) => setSignerPosition(e.target.value)} />
        </label>
        <label>
          {T.signerName}
          <input type="text" value={signerName} onChange={(e) => setSignerName(e.target.value)} />
        </label>
        <label>
          {T.date}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          {T.deadline}
          <input type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
        </label>
        <div className="letters-form__folder">
          <label>
            {T.folder}
            <input type="text" value={folder} placeholder={T.folderPlaceholder} onChange={(e) => setFolder(e.target.value)} />
          </label>
          <button type="button" disabled={busy || folder.trim() === '' || chosen.size === 0} onClick={() => write('perOrg')}>
            {T.perOrg}
          </button>
        </div>
        {message && <p role="status">{message}</p>}
      </div>
    </Dialog>
  );
}
