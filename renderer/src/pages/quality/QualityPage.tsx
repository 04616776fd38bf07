import { useEffect, useState } from 'react';
import type { FixId } from '../../../../shared/quality/catalog';
import type { PrintList } from '../../../../shared/quality/lists';
import { formatDateNumeric } from '../../../../shared/ru';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { CheckDetails } from './CheckDetails';
import { CheckList } from './CheckList';
import { FixDialog } from './FixDialog';
import { LettersDialog } from './LettersDialog';
import { ListsDialog } from './ListsDialog';
import { MergeDialog } from './MergeDialog';
import { PrintView } from './print/PrintView';
import { QUALITY_PAGE_TEXT as T } from './strings';
import { useQualityReport } from './useQualityReport';
import './quality.css';

type Open =
  | { dialog: 'fix'; fix: FixId; ids: number[] | null }
  | { dialog: 'merge' }
  | { dialog: 'letters' }
  | { dialog: 'lists' }
  | { dialog: 'print'; list: PrintList }
  | null;

/** «Качество данных»: every check with its count, one check's records, fixes, merge, letters, lists. */
export function QualityPage() {
  const reportError = useReportError();
  const { report, running, rerun } = useQualityReport();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [cardDays, setCardDays] = useState('');

  useEffect(() => {
    if (report) setCardDays(String(report.cardDays));
  }, [report]);

  const selected = report?.checks.find((c) => c.id === selectedId) ?? null;
  const saveCardDays = () => {
    const days = Number(cardDays);
    send('quality.settings.set', { cardDays: days }).then(rerun, reportError);
  };

  return (
    <section className="quality-page" aria-label={T.title}>
      <div className="quality-toolbar" role="toolbar" aria-label={T.title}>
        <button type="button" disabled={running} onClick={rerun}>
          {running ? T.running : T.rerun}
        </button>
        {report && <span className="quality-toolbar__as-of">{T.asOf(formatDateNumeric(report.asOf))}</span>}
        <label className="quality-toolbar__days">
          {T.cardDays}
          <input type="number" min={1} max={3650} value={cardDays} onChange={(e) => setCardDays(e.target.value)} />
        </label>
        <button type="button" disabled={!report || cardDays === String(report.cardDays)} onClick={saveCardDays}>
          {T.cardDaysSave}
        </button>
        <span className="quality-toolbar__spacer" />
        <button type="button" disabled={!report} onClick={() => setOpen({ dialog: 'letters' })}>
          {T.letters}
        </button>
        <button type="button" onClick={() => setOpen({ dialog: 'lists' })}>
          {T.lists}
        </button>
      </div>
      <div className="quality-page__body">
        <div className="quality-page__checks">{report && <CheckList checks={report.checks} selected={selectedId} onSelect={setSelectedId} />}</div>
        <div className="quality-page__details">
          {selected ? (
            <CheckDetails
              key={`${selected.id}:${selected.count}:${report?.cardDays}`}
              check={selected}
              onFix={(ids) => selected.fix && setOpen({ dialog: 'fix', fix: selected.fix, ids })}
              onMerge={() => setOpen({ dialog: 'merge' })}
            />
          ) : (
            <p className="quality-page__hint">{T.pick}</p>
          )}
        </div>
      </div>
      {open?.dialog === 'fix' && <FixDialog fix={open.fix} ids={open.ids} onClose={() => setOpen(null)} onChanged={rerun} />}
      {open?.dialog === 'merge' && selected && selected.group === 'duplicates' && (
        <MergeDialog checkId={selected.id as 'dup.sameOrg' | 'dup.crossOrg' | 'dup.possible'} onClose={() => setOpen(null)} onChanged={rerun} />
      )}
      {open?.dialog === 'letters' && report && <LettersDialog checks={report.checks} onClose={() => setOpen(null)} />}
      {open?.dialog === 'lists' && <ListsDialog onClose={() => setOpen(null)} onPreview={(list) => setOpen({ dialog: 'print', list })} />}
      {open?.dialog === 'print' && <PrintView list={open.list} onClose={() => setOpen({ dialog: 'lists' })} />}
    </section>
  );
}
