import { IMPORT_KINDS } from '../../../../shared/api/methods/import';
import { formatDateNumeric } from '../../../../shared/ru';
import { ProgressPanel } from '../../components/ProgressPanel';
import { chooseFile } from '../../components/saveTarget/chooseFile';
import { ImportReportView } from './ImportReportView';
import { MappingTable } from './MappingTable';
import { PathField } from '../../components/PathField';
import { EXCHANGE_TEXT } from './strings';
import { useImportWizard } from './useImportWizard';
import { useReportError } from '../../app/errorReporting';

const T = EXCHANGE_TEXT;

interface Props {
  typedPaths: boolean;
  onDataChanged: () => void;
}

/** Import: choose a file, check what it is and how its columns map, preview, confirm, watch, read the summary. */
export function ImportWizard({ typedPaths, onDataChanged }: Props) {
  const w = useImportWizard(onDataChanged);
  const report = useReportError();
  const busy = w.job.running || w.reading;
  const pick = () => chooseFile('import').then((path) => path && w.open(path), report);

  return (
    <div className="exchange-wizard">
      {w.error && (
        <div className="error-box" role="alert">
          {w.error}
        </div>
      )}

      {w.step === 'choose' && (
        <section aria-label={T.tabs.import}>
          <p>{T.choose.intro}</p>
          {typedPaths ? (
            <PathField submitLabel={T.choose.next} disabled={busy} onSubmit={w.open} />
          ) : (
            <button type="button" className="primary" disabled={busy} onClick={pick}>
              {T.choose.pick}
            </button>
          )}
          {w.reading && <p className="exchange-muted">{T.choose.reading}</p>}
        </section>
      )}

      {w.step === 'setup' && w.inspection && (
        <section aria-label={T.setup.mapping}>
          <p>
            <strong>{T.setup.file}:</strong> {w.inspection.path} —{' '}
            {T.setup.format(w.inspection.format, w.inspection.encoding, w.inspection.delimiter)}. {T.setup.headerRow(w.inspection.headerRow)}.
          </p>
          {w.inspection.sheets.length > 1 && (
            <label className="exchange-field">
              {T.setup.sheet}
              <select value={w.inspection.sheet ?? ''} disabled={busy} onChange={(e) => w.setSheet(e.target.value)}>
                {w.inspection.sheets.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
          )}
          <fieldset className="exchange-kinds" disabled={busy}>
            <legend>{T.setup.kind}</legend>
            {IMPORT_KINDS.map((k) => (
              <label key={k}>
                <input type="radio" name="import-kind" checked={w.kind === k} onChange={() => w.setKind(k)} /> {T.kinds[k]}
                <span className="exchange-muted">
                  {' '}
                  — {T.kindHints[k]}
                  {w.inspection!.detectedKind === k ? ` (${T.setup.detected})` : ''}
                </span>
              </label>
            ))}
          </fieldset>
          {w.inspection.remembered && <p className="exchange-muted">{T.setup.remembered}</p>}
          <MappingTable
            headers={w.inspection.headers}
            sample={w.inspection.sample}
            fields={w.inspection.fields[w.kind]}
            mapping={w.mapping}
            disabled={busy}
            onChange={w.setField}
          />
          <label className="exchange-field">
            {T.setup.asOf}
            <input type="date" value={w.asOf} disabled={busy} onChange={(e) => w.setAsOf(e.target.value)} />
            <span className="exchange-muted">{T.setup.asOfHint}</span>
          </label>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy || !w.asOf} onClick={w.preview}>
              {T.setup.check}
            </button>
            <button type="button" disabled={busy} onClick={w.reset}>
              {T.setup.another}
            </button>
          </div>
        </section>
      )}

      {w.step === 'preview' && w.report && (
        <section aria-label={T.preview.title}>
          <h2>
            {T.preview.title} ({formatDateNumeric(w.report.asOf)})
          </h2>
          <p className="exchange-muted">{T.preview.nothingWritten}</p>
          <ImportReportView report={w.report} />
          {w.kind === 'members' && w.report.counts.missing > 0 && (
            <label className="exchange-check">
              <input type="checkbox" checked={w.removeMissing} disabled={busy} onChange={(e) => w.setRemoveMissing(e.target.checked)} />{' '}
              {T.preview.removeMissing(w.report.counts.missing)}
            </label>
          )}
          {w.kind === 'orgs' && w.report.counts.missing > 0 && <p className="exchange-muted">{T.preview.missingOrgs}</p>}
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={w.commit}>
              {w.report.counts.skipped > 0 ? T.preview.commitWithErrors(w.report.counts.skipped) : T.preview.commit}
            </button>
            <button type="button" disabled={busy} onClick={w.back}>
              {T.preview.back}
            </button>
            <button type="button" disabled={busy} onClick={w.reset}>
              {T.preview.cancel}
            </button>
          </div>
        </section>
      )}

      {w.step === 'done' && w.summary && (
        <section aria-label={T.summary.title} data-testid="import-summary">
          <h2>{T.summary.title}</h2>
          <p>{T.summary.counts(w.summary.counts.added, w.summary.counts.updated, w.summary.counts.unchanged, w.summary.counts.skipped)}</p>
          {w.summary.counts.removed > 0 && <p>{T.summary.removed(w.summary.counts.removed)}</p>}
          {w.summary.counts.restored > 0 && <p>{T.summary.restored(w.summary.counts.restored)}</p>}
          <p>{T.summary.asOf(formatDateNumeric(w.summary.asOf))}</p>
          <p className="exchange-muted">{T.summary.speed(w.summary.seconds, w.summary.rowsPerSecond)}</p>
          {w.summary.backupPath && <p className="exchange-muted">{T.summary.backup(w.summary.backupPath)}</p>}
          <ImportReportView report={w.summary} />
          <button type="button" className="primary" onClick={w.reset}>
            {T.summary.again}
          </button>
        </section>
      )}

      {w.job.running && (
        <ProgressPanel
          progress={w.job.progress}
          defaultTitle={T.running.title}
          label={T.running.label}
          cancelLabel={T.running.cancel}
          cancellingLabel={T.running.cancelling}
          cancelling={w.job.cancelling}
          onCancel={w.job.cancel}
        />
      )}
    </div>
  );
}
