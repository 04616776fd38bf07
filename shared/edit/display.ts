// A field's value as a person reads it and as Excel should receive it on copy: dates as
// dd.mm.yyyy, enumerations by their Russian label, yes/no as «да»/«нет», numbers without
// grouping (so a spreadsheet reads them as numbers).
import { formatDateNumeric } from '../ru';
import type { FieldSpec } from './fields';
import { EDIT_TEXT } from './strings';

export function displayValue(spec: Pick<FieldSpec, 'kind' | 'options'>, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  switch (spec.kind) {
    case 'bool':
      if (value === true || value === 1 || value === '1') return EDIT_TEXT.yes;
      if (value === false || value === 0 || value === '0') return EDIT_TEXT.no;
      return String(value);
    case 'date':
      if (typeof value !== 'string') return String(value);
      try {
        return formatDateNumeric(value);
      } catch {
        // A malformed date in the file is shown as stored, never hidden.
        return value;
      }
    case 'enum': {
      const key = String(value);
      return spec.options && Object.hasOwn(spec.options, key) ? spec.options[key]! : key;
    }
    default:
      return String(value);
  }
}
