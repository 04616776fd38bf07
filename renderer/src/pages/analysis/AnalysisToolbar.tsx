import type { SnapshotChoice } from '../../../../shared/api/methods/indicators';
import { METRIC_LEVELS, type MetricLevel } from '../../../../shared/domain/indicators';
import { SnapshotSelect } from './SnapshotSelect';
import { ANALYSIS_TEXT } from './strings';
import type { TableQuery } from './useIndicatorTable';

interface Props {
  query: TableQuery;
  snapshots: SnapshotChoice[];
  onChange: (q: TableQuery) => void;
  onExport: (format: 'xlsx' | 'docx') => void;
  exporting: boolean;
}

const T = ANALYSIS_TEXT;
const LEVELS: Array<MetricLevel | 'all'> = ['local', 'primary', ...METRIC_LEVELS.filter((l) => l !== 'local' && l !== 'primary'), 'all'];

/** Level, data source, comparison and export of the analysis table. */
export function AnalysisToolbar({ query, snapshots, onChange, onExport, exporting }: Props) {
  return (
    <div className="panel-toolbar analysis-toolbar">
      <label>
        {T.level}{' '}
        <select value={query.level} onChange={(e) => onChange({ ...query, level: e.target.value as TableQuery['level'] })}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {T.levels[l]}
            </option>
          ))}
        </select>
      </label>
      <SnapshotSelect label={T.source} none={T.current} value={query.snapshotId} snapshots={snapshots} onChange={(snapshotId) => onChange({ ...query, snapshotId })} />
      <SnapshotSelect label={T.compare} none={T.noCompare} value={query.compareId} snapshots={snapshots} onChange={(compareId) => onChange({ ...query, compareId })} />
      <span className="analysis-toolbar__spacer" />
      <button type="button" disabled={exporting} onClick={() => onExport('xlsx')}>
        {T.exportXlsx}
      </button>
      <button type="button" disabled={exporting} onClick={() => onExport('docx')}>
        {T.exportDocx}
      </button>
    </div>
  );
}
