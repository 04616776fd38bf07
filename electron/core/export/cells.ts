// A stored value → an export cell: labels for enumerations, да/нет, real dates and numbers.
import { displayValue } from '../../../shared/edit/display';
import { fieldByColumn, type Entity } from '../../../shared/edit/fields';
import type { ExportCell } from './write/types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function exportCell(entity: Entity, column: string, value: unknown): ExportCell {
  if (value === null || value === undefined || value === '') return null;
  const spec = fieldByColumn(entity, column);
  if (!spec) return typeof value === 'number' ? value : String(value);
  switch (spec.kind) {
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) ? { date: value } : String(value);
    case 'count':
      return Number(value);
    case 'bool':
    case 'enum':
      return displayValue(spec, value);
    default:
      return String(value);
  }
}
