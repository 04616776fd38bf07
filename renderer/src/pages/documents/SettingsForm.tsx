import type { SnapshotChoice } from '../../../../shared/api/methods/indicators';
import { DOCUMENT_LEVELS, type DocumentKind } from '../../../../shared/domain/documents';
import { INDICATOR_KEYS, INDICATOR_LABELS } from '../../../../shared/domain/indicators';
import { formatDateNumeric } from '../../../../shared/ru';
import { SETTINGS_FIELDS, type Field } from './settingsFields';
import { DOCUMENTS_TEXT } from './strings';

type Settings = Record<string, unknown>;
interface Prize {
  place: number;
  amount: number;
}

interface Props {
  kind: DocumentKind;
  settings: Settings;
  snapshots: SnapshotChoice[];
  onChange: (settings: Settings) => void;
}

const T = DOCUMENTS_TEXT;
const label = (key: string): string => (T.fields as Record<string, string>)[key] ?? key;

function PrizesEditor({ value, onChange }: { value: Prize[]; onChange: (v: Prize[]) => void }) {
  const set = (i: number, p: Partial<Prize>) => onChange(value.map((x, j) => (j === i ? { ...x, ...p } : x)));
  return (
    <div className="prizes">
      {value.map((p, i) => (
        <div key={i} className="prizes__row">
          <label>
            {T.prizePlace}{' '}
            <input type="number" min={1} value={p.place} onChange={(e) => set(i, { place: Number(e.target.value) })} />
          </label>
          <label>
            {T.prizeAmount}{' '}
            <input type="number" min={0} step={500} value={p.amount} onChange={(e) => set(i, { amount: Number(e.target.value) })} />
          </label>
          <button type="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {T.removePrize}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...value, { place: value.length + 1, amount: 0 }])}>
        {T.addPrize}
      </button>
    </div>
  );
}

/** The requisites and options of a document, field by field as the kind needs them. */
export function SettingsForm({ kind, settings, snapshots, onChange }: Props) {
  const set = (key: string, value: unknown) => onChange({ ...settings, [key]: value });
  const input = (field: Field) => {
    const value = settings[field.key];
    const id = `setting-${field.key}`;
    switch (field.type) {
      case 'textarea':
        return <textarea id={id} rows={2} value={String(value ?? '')} onChange={(e) => set(field.key, e.target.value)} />;
      case 'date':
        return <input id={id} type="date" value={String(value ?? '')} onChange={(e) => set(field.key, e.target.value)} />;
      case 'checkbox':
        return <input id={id} type="checkbox" checked={value === true} onChange={(e) => set(field.key, e.target.checked)} />;
      case 'number':
        return <input id={id} type="number" min={0} value={Number(value ?? 0)} onChange={(e) => set(field.key, Number(e.target.value))} />;
      case 'margin':
        return (
          <select id={id} value={String(value)} onChange={(e) => set(field.key, Number(e.target.value))}>
            <option value="30">30</option>
            <option value="20">20</option>
          </select>
        );
      case 'level':
        return (
          <select id={id} value={String(value)} onChange={(e) => set(field.key, e.target.value)}>
            {DOCUMENT_LEVELS.map((l) => (
              <option key={l} value={l}>
                {T.levels[l]}
              </option>
            ))}
          </select>
        );
      case 'indicator':
        return (
          <select id={id} value={String(value)} onChange={(e) => set(field.key, e.target.value)}>
            {INDICATOR_KEYS.map((k) => (
              <option key={k} value={k}>
                {INDICATOR_LABELS[k]}
              </option>
            ))}
          </select>
        );
      case 'snapshot':
        return (
          <select id={id} value={value === null ? '' : String(value)} onChange={(e) => set(field.key, e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{T.noCompare}</option>
            {snapshots.map((s) => (
              <option key={s.id} value={s.id} disabled={!s.hasIndicators}>
                № {s.id} на {formatDateNumeric(s.asOf)}
              </option>
            ))}
          </select>
        );
      case 'prizes':
        return <PrizesEditor value={(value as Prize[] | undefined) ?? []} onChange={(v) => set(field.key, v)} />;
      default:
        return <input id={id} type="text" value={String(value ?? '')} onChange={(e) => set(field.key, e.target.value)} />;
    }
  };
  return (
    <div className="settings-form">
      {SETTINGS_FIELDS[kind].map((field) => (
        <div key={field.key} className={`settings-form__row settings-form__row--${field.type}`}>
          <label htmlFor={`setting-${field.key}`}>{label(field.key)}</label>
          {input(field)}
        </div>
      ))}
    </div>
  );
}
