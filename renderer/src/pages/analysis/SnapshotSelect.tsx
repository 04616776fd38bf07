import type { SnapshotChoice } from '../../../../shared/api/methods/indicators';
import { formatDateNumeric } from '../../../../shared/ru';
import { ANALYSIS_TEXT } from './strings';

interface Props {
  label: string;
  /** The first option, for «no snapshot». */
  none: string;
  value: number | null;
  snapshots: SnapshotChoice[];
  onChange: (id: number | null) => void;
}

/** A choice among the stored snapshots; those without indicators are shown but cannot be chosen. */
export function SnapshotSelect({ label, none, value, snapshots, onChange }: Props) {
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">{none}</option>
        {snapshots.map((s) => (
          <option key={s.id} value={s.id} disabled={!s.hasIndicators}>
            {ANALYSIS_TEXT.snapshot(formatDateNumeric(s.asOf), s.id) + (s.hasIndicators ? '' : ANALYSIS_TEXT.noIndicators)}
          </option>
        ))}
      </select>
    </label>
  );
}
