import { useEffect, useState } from 'react';
import type { CheckSummary, FindingRow } from '../../../../shared/api/methods/quality';
import { QUALITY_TEXT } from '../../../../shared/quality/strings';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { showMembers } from '../registry/drillDown';
import { FindingsGrid } from './FindingsGrid';
import { QUALITY_PAGE_TEXT as T } from './strings';

/** The grid shows at most this many rows; the drill-down and the fixes take all of them. */
const SHOWN = 10_000;

interface Props {
  check: CheckSummary;
  onFix: (ids: number[] | null) => void;
  onMerge: () => void;
}

/** One check: why it matters, the drill-down, the fix, and the records it lists. */
export function CheckDetails({ check, onFix, onMerge }: Props) {
  const report = useReportError();
  const [rows, setRows] = useState<FindingRow[] | null>(null);
  const [total, setTotal] = useState(0);
  const [selected, setSelected] = useState<number[]>([]);

  useEffect(() => {
    setRows(null);
    setSelected([]);
    send('quality.rows', { checkId: check.id, limit: SHOWN }).then((page) => {
      setRows(page.rows);
      setTotal(page.total);
    }, report);
  }, [check, report]);

  const drill = () => {
    send('quality.ids', { checkId: check.id }).then(
      ({ ids }) => showMembers({ title: T.drillTitle(check.title), ids, orgId: null }),
      report,
    );
  };
  const members = check.entity === 'member';
  const duplicates = check.group === 'duplicates';
  return (
    <section className="check-details" aria-label={check.title}>
      <header className="check-details__head">
        <h1>
          <span className={`severity severity--${check.severity}`}>{QUALITY_TEXT.severity[check.severity]}</span> {check.title}
        </h1>
        <p className="check-details__explanation">{check.explanation}</p>
        <p className="check-details__count">{check.count === 0 ? T.clean : T.records(check.count)}</p>
        <div className="check-details__actions">
          {members && check.count > 0 && (
            <button type="button" onClick={drill}>
              {T.showInRegistry}
            </button>
          )}
          {check.fix && check.count > 0 && (
            <button type="button" className="primary" onClick={() => onFix(null)}>
              {T.fix(QUALITY_TEXT.fixes[check.fix])}
            </button>
          )}
          {check.fix && selected.length > 0 && (
            <button type="button" onClick={() => onFix(selected)}>
              {T.fixSelected(selected.length)}
            </button>
          )}
          {duplicates && check.count > 0 && (
            <button type="button" className="primary" onClick={onMerge}>
              {T.merge}
            </button>
          )}
        </div>
        {!members && check.count > 0 && <p className="check-details__hint">{T.orgsHint}</p>}
        {members && check.fix && check.count > 0 && <p className="check-details__hint">{T.selectHint}</p>}
        {rows && total > rows.length && <p className="check-details__hint">{T.shownFirst(rows.length, total)}</p>}
      </header>
      {rows && rows.length > 0 && <FindingsGrid rows={rows} selectable={members && check.fix !== null} onSelection={setSelected} />}
    </section>
  );
}
