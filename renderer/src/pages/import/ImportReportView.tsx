import type { ImportReport } from '../../../../shared/api/methods/import';
import { formatInt } from '../../../../shared/ru';
import { EXCHANGE_TEXT } from './strings';

const T = EXCHANGE_TEXT.preview;

/** What an import would change (or changed): the counts, the problem list, samples of changes. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const c = report.counts;
  const total = c.errors + c.warnings;
  return (
    <div className="exchange-report">
      <dl className="exchange-counts" data-testid="import-counts">
        <div>
          <dt>{T.add}</dt>
          <dd>{formatInt(c.added)}</dd>
        </div>
        <div>
          <dt>{T.update}</dt>
          <dd>
            {formatInt(c.updated)} <span className="exchange-muted">{T.fields(c.fieldUpdates)}</span>
          </dd>
        </div>
        <div>
          <dt>{T.unchanged}</dt>
          <dd>{formatInt(c.unchanged)}</dd>
        </div>
        <div>
          <dt>{T.skip}</dt>
          <dd className={c.skipped > 0 ? 'exchange-bad' : undefined}>{formatInt(c.skipped)}</dd>
        </div>
        <div>
          <dt>{T.missing}</dt>
          <dd>{formatInt(c.missing)}</dd>
        </div>
      </dl>
      {report.ignoredColumns.length > 0 && <p className="exchange-muted">{T.ignored(report.ignoredColumns)}</p>}
      {report.skippedReasons.length > 0 && (
        <>
          <h3>{T.reasons}</h3>
          <ul>
            {report.skippedReasons.map((r) => (
              <li key={r.reason}>
                {r.reason}: {formatInt(r.count)}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.problems.length > 0 && (
        <>
          <h3>{T.problems}</h3>
          <p className="exchange-muted">{T.problemsShown(report.problems.length, total)}</p>
          <div className="exchange-scroll">
            <table className="exchange-table" data-testid="import-problems">
              <thead>
                <tr>
                  <th>{T.columns.file}</th>
                  <th>{T.columns.row}</th>
                  <th>{T.columns.column}</th>
                  <th>{T.columns.message}</th>
                  <th>{T.columns.severity}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((p, i) => (
                  <tr key={i} className={p.severity === 'error' ? 'exchange-table__error' : undefined}>
                    <td>{p.file}</td>
                    <td>{p.row ?? ''}</td>
                    <td>{p.column ?? ''}</td>
                    <td>{p.message}</td>
                    <td>{T.severity[p.severity]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {report.updates.length > 0 && (
        <>
          <h3>{T.updates}</h3>
          <div className="exchange-scroll">
            <table className="exchange-table">
              <thead>
                <tr>
                  {Object.values(T.updateColumns).map((h) => (
                    <th key={h}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.updates.map((u, i) => (
                  <tr key={i}>
                    <td>{u.row}</td>
                    <td>{u.key}</td>
                    <td>{u.name}</td>
                    <td>{u.field}</td>
                    <td>{u.old}</td>
                    <td>{u.new}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {report.missing.length > 0 && (
        <>
          <h3>{T.missingList}</h3>
          <div className="exchange-scroll">
            <table className="exchange-table">
              <thead>
                <tr>
                  {Object.values(T.missingColumns).map((h) => (
                    <th key={h}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.missing.map((m, i) => (
                  <tr key={i}>
                    <td>{m.key}</td>
                    <td>{m.name}</td>
                    <td>{m.org ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
