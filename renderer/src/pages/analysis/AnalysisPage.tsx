import { useCallback, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import { formatIndicator } from '../../../../shared/domain/indicator-format';
import { TIERS, TIER_LABELS, type IndicatorRow, type TierThresholds } from '../../../../shared/domain/indicators';
import { formatDateGenitiveYear, formatInt } from '../../../../shared/ru';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { MIME, downloadFile } from '../../components/download';
import { localeRu } from '../../components/grid/localeRu';
import { gridTheme } from '../../components/grid/theme';
import { analysisColumns } from './analysisColumns';
import { AnalysisToolbar } from './AnalysisToolbar';
import { BarChart } from './BarChart';
import { TIER_COLORS, cardsOption, coverageOption } from './chartOptions';
import { ThresholdsForm } from './ThresholdsForm';
import { ANALYSIS_TEXT } from './strings';
import { useIndicatorTable, useSnapshots, type TableQuery } from './useIndicatorTable';
import './gridModules';
import './analysis.css';

const T = ANALYSIS_TEXT;
const DEFAULT_COL_DEF: ColDef<IndicatorRow> = { sortable: true, resizable: true };

/** «Анализ»: every indicator of every organization of a level, tiers, charts, comparison, export. */
export function AnalysisPage() {
  const report = useReportError();
  const [query, setQuery] = useState<TableQuery>({ level: 'local', snapshotId: null, compareId: null });
  const [revision, setRevision] = useState(0);
  const [tab, setTab] = useState<'table' | 'charts'>('table');
  const [exporting, setExporting] = useState(false);
  const snapshots = useSnapshots();
  const { table, loading } = useIndicatorTable(query, revision);

  const columns = useMemo(() => analysisColumns(query.compareId !== null), [query.compareId]);
  const totalRow = useMemo(() => (table ? [{ ...table.total, id: -1, code: '', name: 'Итого', shortName: 'Итого' }] : []), [table]);
  const coverage = useMemo(() => (table ? coverageOption(table.rows) : null), [table]);
  const cards = useMemo(() => (table ? cardsOption(table.rows) : null), [table]);
  const tierCounts = useMemo(() => TIERS.map((t) => [t, table?.rows.filter((r) => r.tier === t).length ?? 0] as const).filter(([, n]) => n > 0), [table]);

  const saveThresholds = useCallback(
    (t: TierThresholds) => {
      send('indicators.setThresholds', t).then(() => setRevision((r) => r + 1), report);
    },
    [report],
  );
  const exportTable = useCallback(
    (format: 'xlsx' | 'docx') => {
      setExporting(true);
      send('indicators.export', { ...query, format })
        .then((file) => downloadFile(file, MIME[format]), report)
        .finally(() => setExporting(false));
    },
    [query, report],
  );

  const v = table?.total.values;
  return (
    <section className="analysis-page" aria-label={T.title}>
      <AnalysisToolbar query={query} snapshots={snapshots} onChange={setQuery} onExport={exportTable} exporting={exporting} />
      <div className="analysis-summary">
        {v && table && (
          <p data-testid="analysis-summary">
            {T.summary(
              formatInt(v.registered ?? 0),
              formatIndicator('statMembers', v.statMembers),
              formatIndicator('coverage', v.coverage),
              formatDateGenitiveYear(table.source.asOf),
            )}
          </p>
        )}
        <ul className="tier-chips" aria-label={T.tierCounts}>
          {tierCounts.map(([tier, n]) => (
            <li key={tier} className="tier-chip" style={{ borderColor: TIER_COLORS[tier] }}>
              {TIER_LABELS[tier]}: {n}
            </li>
          ))}
        </ul>
        {table && <ThresholdsForm value={table.thresholds} onSave={saveThresholds} />}
      </div>
      <div className="analysis-tabs" role="tablist" aria-label={T.tabsLabel}>
        {(['table', 'charts'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className="analysis-tab" onClick={() => setTab(t)}>
            {T.tabs[t]}
          </button>
        ))}
        {loading && <span className="analysis-tabs__status">{T.loading}</span>}
        {exporting && <span className="analysis-tabs__status">{T.exporting}</span>}
      </div>
      {tab === 'table' ? (
        <div className="grid-host" data-testid="analysis-grid" role="region" aria-label={T.gridLabel}>
          <AgGridReact<IndicatorRow>
            theme={gridTheme}
            localeText={localeRu}
            columnDefs={columns}
            defaultColDef={DEFAULT_COL_DEF}
            rowData={table?.rows ?? []}
            pinnedBottomRowData={totalRow}
            getRowId={(p) => p.data.code || 'total'}
            overlayNoRowsTemplate={`<span>${T.empty}</span>`}
          />
        </div>
      ) : (
        <div className="analysis-charts">
          <figure className="analysis-chart">
            <figcaption>{T.charts.coverage}</figcaption>
            {coverage ? <BarChart option={coverage} label={T.charts.coverage} testId="coverage-chart" /> : <p>{T.charts.noData}</p>}
          </figure>
          <figure className="analysis-chart">
            <figcaption>{T.charts.cards}</figcaption>
            {cards ? <BarChart option={cards} label={T.charts.cards} testId="cards-chart" /> : <p>{T.empty}</p>}
          </figure>
        </div>
      )}
    </section>
  );
}
