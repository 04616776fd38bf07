import { useEffect, useState, type FormEvent } from 'react';
import type { TierThresholds } from '../../../../shared/domain/indicators';
import { ANALYSIS_TEXT } from './strings';

interface Props {
  value: TierThresholds;
  onSave: (t: TierThresholds) => void;
}

const T = ANALYSIS_TEXT.thresholds;
const FIELDS: Array<[keyof TierThresholds, string]> = [
  ['complete', T.complete],
  ['near', T.near],
  ['weak', T.weak],
];

/** The user's tier thresholds; the engine checks them and keeps them in the file. */
export function ThresholdsForm({ value, onSave }: Props) {
  const [draft, setDraft] = useState<Record<keyof TierThresholds, string>>({ complete: '', near: '', weak: '' });
  useEffect(() => {
    setDraft({ complete: String(value.complete), near: String(value.near), weak: String(value.weak) });
  }, [value]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const num = (s: string) => Number(s.replace(',', '.'));
    onSave({ complete: num(draft.complete), near: num(draft.near), weak: num(draft.weak) });
  };
  return (
    <form className="thresholds" onSubmit={submit} aria-label={T.title}>
      <span className="thresholds__title">{T.title}</span>
      {FIELDS.map(([key, label]) => (
        <label key={key} className="thresholds__field">
          {label}
          <input
            inputMode="decimal"
            size={5}
            value={draft[key]}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          />
        </label>
      ))}
      <button type="submit">{T.save}</button>
    </form>
  );
}
