import { useState } from 'react';
import type { ExportResult } from '../../../../shared/api/methods/export';
import { send, type SendOptions } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { useJob } from '../../app/files/useJob';
import { ProgressPanel } from '../../components/ProgressPanel';
import { chooseFile } from '../../components/saveTarget/chooseFile';
import { ExportFormatSelect, FORMAT_CHOICES, type FormatChoice } from '../../components/saveTarget/ExportFormatSelect';
import { PathField } from '../../components/PathField';
import { EXCHANGE_TEXT } from './strings';

const T = EXCHANGE_TEXT.export;
type What = keyof typeof T.whats;

/** Organizations, members (of one organization or all) or the change set, to XLSX or CSV. */
export function ExportPanel({ typedPaths }: { typedPaths: boolean }) {
  const report = useReportError();
  const job = useJob();
  const [what, setWhat] = useState<What>('members');
  const [orgCode, setOrgCode] = useState('');
  const [withRemoved, setWithRemoved] = useState(false);
  const [choice, setChoice] = useState<FormatChoice>('xlsx');
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { format, encoding } = FORMAT_CHOICES[choice];

  /** The organization typed by its code: null for the whole file, undefined if there is no such code. */
  async function orgId(): Promise<number | null | undefined> {
    const code = orgCode.trim();
    if (code === '' || what === 'changes') return null;
    return (await send('orgs.tree', {})).find((o) => o.code === code)?.id;
  }

  async function run(path: string): Promise<void> {
    setAsking(false);
    setDone(null);
    setError(null);
    const id = await orgId();
    if (id === undefined) return setError(T.unknownOrg(orgCode.trim()));
    const base = { path, format, encoding };
    const task = (options: SendOptions) =>
      what === 'members'
        ? send('export.members', { ...base, orgId: id, includeRemoved: withRemoved }, options)
        : what === 'orgs'
          ? send('export.orgs', { ...base, orgId: id }, options)
          : send('export.changes', base, options);
    setDone(await job.run(task));
  }

  const save = () => {
    if (typedPaths) return setAsking(true);
    chooseFile('export', format, `${T.defaultNames[what]}.${format}`).then((path) => (path ? run(path) : undefined)).catch(report);
  };

  return (
    <section className="exchange-panel" aria-label={EXCHANGE_TEXT.tabs.export}>
      <p>{T.intro}</p>
      <fieldset className="exchange-kinds" disabled={job.running}>
        <legend>{T.what}</legend>
        {(Object.keys(T.whats) as What[]).map((w) => (
          <label key={w}>
            <input type="radio" name="export-what" checked={what === w} onChange={() => setWhat(w)} /> {T.whats[w]}
          </label>
        ))}
      </fieldset>
      {what !== 'changes' && (
        <label className="exchange-field">
          {T.org}
          <input type="text" value={orgCode} disabled={job.running} onChange={(e) => setOrgCode(e.target.value)} />
        </label>
      )}
      {what === 'members' && (
        <label className="exchange-check">
          <input type="checkbox" checked={withRemoved} disabled={job.running} onChange={(e) => setWithRemoved(e.target.checked)} /> {T.withRemoved}
        </label>
      )}
      <ExportFormatSelect value={choice} disabled={job.running} onChange={setChoice} />
      {asking ? (
        <PathField key={`${what}-${format}`} submitLabel={T.saveTo} disabled={job.running} onSubmit={(path) => void run(path).catch(report)} onCancel={() => setAsking(false)} />
      ) : (
        <button type="button" className="primary" disabled={job.running} onClick={save}>
          {T.save}
        </button>
      )}
      {error && (
        <div className="error-box" role="alert">
          {error}
        </div>
      )}
      {done && <p role="status">{T.done(done.rows, done.path)}</p>}
      {job.running && (
        <ProgressPanel
          progress={job.progress}
          defaultTitle={T.progress}
          label={T.progress}
          cancelLabel={EXCHANGE_TEXT.running.cancel}
          cancellingLabel={EXCHANGE_TEXT.running.cancelling}
          cancelling={job.cancelling}
          onCancel={job.cancel}
        />
      )}
    </section>
  );
}
