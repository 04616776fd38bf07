import type { ApiEvents } from '../../../shared/api/events';
import './components.css';

interface Props {
  progress: ApiEvents['job.progress'] | null;
  /** Shown until the engine sends its first report. */
  defaultTitle: string;
  /** The bar's accessible name. */
  label: string;
  cancelLabel: string;
  cancellingLabel: string;
  cancelling: boolean;
  onCancel: () => void;
}

/** A long operation in progress: the engine's step title, a bar and «Отмена». */
export function ProgressPanel(props: Props) {
  const { progress, defaultTitle, label, cancelLabel, cancellingLabel, cancelling, onCancel } = props;
  const title = progress?.title || defaultTitle;
  const total = progress?.total ?? null;
  const known = progress !== null && total !== null && total > 0;
  const percent = known ? Math.min(100, Math.floor((progress.done / total) * 100)) : null;

  return (
    <div className="progress-panel">
      <div className="progress-panel__title">
        {title}
        {percent !== null ? ` ${percent}%` : ''}
      </div>
      {/* Without a known total the bar is indeterminate (no value attribute). */}
      <progress className="progress-panel__bar" aria-label={label} max={100} value={percent ?? undefined} />
      <button type="button" onClick={onCancel} disabled={cancelling}>
        {cancelling ? cancellingLabel : cancelLabel}
      </button>
    </div>
  );
}
