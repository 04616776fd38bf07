import type { ImportField } from '../../../../shared/api/methods/import';
import { EXCHANGE_TEXT } from './strings';

const T = EXCHANGE_TEXT.setup;

interface Props {
  headers: string[];
  sample: string[][];
  fields: ImportField[];
  mapping: Record<string, string | null>;
  disabled: boolean;
  onChange: (header: string, field: string | null) => void;
}

/** Each column of the file with the registry field it fills; the user corrects it here. */
export function MappingTable({ headers, sample, fields, mapping, disabled, onChange }: Props) {
  return (
    <table className="exchange-table" aria-label={T.mapping}>
      <thead>
        <tr>
          <th>{T.column}</th>
          <th>{T.field}</th>
          <th>{T.sample}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, i) => (
          <tr key={header} className={mapping[header] ? undefined : 'exchange-table__unmapped'}>
            <td>{header}</td>
            <td>
              <select
                aria-label={header}
                value={mapping[header] ?? ''}
                disabled={disabled}
                onChange={(e) => onChange(header, e.target.value === '' ? null : e.target.value)}
              >
                <option value="">{T.skipColumn}</option>
                {fields.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </select>
            </td>
            <td className="exchange-table__sample">
              {sample
                .map((row) => row[i] ?? '')
                .filter((v) => v !== '')
                .slice(0, 3)
                .join(' · ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
