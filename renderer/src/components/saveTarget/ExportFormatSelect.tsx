import type { CsvEncoding, ExportFormat } from '../../../../shared/api/methods/export';
import { SAVE_TARGET_TEXT } from './strings';
import './saveTarget.css';

export type FormatChoice = keyof typeof SAVE_TARGET_TEXT.formats;

/** What each choice of the list means to `export.*`. */
export const FORMAT_CHOICES: Record<FormatChoice, { format: ExportFormat; encoding: CsvEncoding }> = {
  xlsx: { format: 'xlsx', encoding: 'utf-8' },
  'csv-utf-8': { format: 'csv', encoding: 'utf-8' },
  'csv-windows-1251': { format: 'csv', encoding: 'windows-1251' },
};

interface Props {
  value: FormatChoice;
  disabled: boolean;
  onChange: (choice: FormatChoice) => void;
}

/** «Формат»: XLSX, or CSV in UTF-8 (Excel) or Windows-1251 (older programs). */
export function ExportFormatSelect({ value, disabled, onChange }: Props) {
  return (
    <label className="save-field">
      {SAVE_TARGET_TEXT.format}
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as FormatChoice)}>
        {(Object.keys(SAVE_TARGET_TEXT.formats) as FormatChoice[]).map((f) => (
          <option key={f} value={f}>
            {SAVE_TARGET_TEXT.formats[f]}
          </option>
        ))}
      </select>
    </label>
  );
}
