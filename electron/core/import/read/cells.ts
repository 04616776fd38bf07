// exceljs cell values → plain cells: rich text joined, hyperlinks as their text, formulas as the
// result Excel shows, errors as their code (#Н/Д) so that a field check names them.
import type { Cell } from './types';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

export function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (!isObject(value)) return String(value);
  if (Array.isArray(value.richText)) {
    return value.richText.map((r: unknown) => (isObject(r) && typeof r.text === 'string' ? r.text : '')).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result);
  if ('error' in value) return String(value.error);
  if ('text' in value) return plainCell(value.text);
  return null;
}
