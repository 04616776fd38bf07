import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { PrintList } from '../../../../../shared/quality/lists';
import { LIST_TEXT } from '../../../../../shared/quality/lists';
import { formatDateNumeric } from '../../../../../shared/ru';
import { send } from '../../../api';
import { useReportError } from '../../../app/errorReporting';
import { QUALITY_PAGE_TEXT } from '../strings';
import { pageCss } from './pageCss';
import './print.css';

const T = QUALITY_PAGE_TEXT.print;

interface Props {
  list: PrintList;
  onClose: () => void;
}

/** The list as printed pages: on screen a preview, on paper (or PDF) the same with page margins. */
export function PrintView({ list, onClose }: Props) {
  const report = useReportError();
  const [message, setMessage] = useState<string | null>(null);
  const desktop = window.profreestr !== undefined;

  const print = (mode: 'printer' | 'pdf') => {
    if (!desktop) {
      if (mode === 'pdf') setMessage(T.browserPdf);
      window.print();
      return;
    }
    send('host.print', { mode, fileName: `${list.title} ${list.orgName}.pdf` }).then(
      (res) => res.path && setMessage(T.saved(res.path)),
      report,
    );
  };

  return createPortal(
    <div className="print-view" role="dialog" aria-label={list.title}>
      <style>{pageCss(list.header, list.orientation)}</style>
      <div className="print-view__toolbar" role="toolbar" aria-label={T.toolbar}>
        <button type="button" className="primary" onClick={() => print('printer')}>
          {T.print}
        </button>
        <button type="button" onClick={() => print('pdf')}>
          {T.pdf}
        </button>
        <button type="button" onClick={onClose}>
          {T.close}
        </button>
        <span className="print-view__note">{message ?? T.pages}</span>
      </div>
      <div className="print-view__scroll">
        <article className={`print-sheet print-sheet--${list.orientation}`}>
          <header className="print-sheet__title">
            <p>
              <strong>{list.title}</strong>
            </p>
            <p>
              <strong>{list.orgName}</strong>
            </p>
            <p>{LIST_TEXT.asOf(formatDateNumeric(list.asOf))}</p>
            <p>{T.total(list.total)}</p>
          </header>
          {list.tables.length === 0 && <p>{list.emptyText}</p>}
          {list.tables.map((table, t) => (
            <section key={t} className="print-sheet__group">
              <h2>{table.caption}</h2>
              <table>
                <colgroup>
                  {table.columns.map((c, i) => (
                    <col key={i} style={{ width: `${(100 * c.widthMm) / table.columns.reduce((sum, x) => sum + x.widthMm, 0)}%` }} />
                  ))}
                </colgroup>
                <thead>
                  <tr>
                    {table.columns.map((c, i) => (
                      <th key={i}>{c.header}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, i) => (
                        <td key={i} className={`print-sheet__cell--${table.columns[i]!.align}`}>
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          {list.kind === 'cards' && list.tables.length > 0 && <p className="print-sheet__issued">{LIST_TEXT.issuedBy}</p>}
        </article>
      </div>
    </div>,
    document.body,
  );
}
