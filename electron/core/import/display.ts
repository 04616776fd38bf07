// How changes are shown in the preview: the column under its import header, values as a person
// reads them (dates dd.mm.yyyy, labels, да/нет).
import { displayValue } from '../../../shared/edit/display';
import { fieldByColumn, type Entity } from '../../../shared/edit/fields';
import { EDIT_TEXT } from '../../../shared/edit/strings';
import { KINDS, type ImportKind } from './fields';

/** The place in the tree has no field of its own: it is shown by the organization's name. */
const PLACE_LABELS: Record<string, string> = { org_id: EDIT_TEXT.member.orgId, parent_id: EDIT_TEXT.organization.parentId };

export function columnLabel(kind: ImportKind, entity: Entity, column: string): string {
  return PLACE_LABELS[column] ?? KINDS[kind].fields.find((f) => f.column === column)?.label ?? fieldByColumn(entity, column)?.label ?? column;
}

export function shownValue(entity: Entity, column: string, value: unknown): string {
  const spec = fieldByColumn(entity, column);
  return spec ? displayValue(spec, value) : value === null || value === undefined ? '' : String(value);
}

export function personName(surname: unknown, name: unknown, patronymic: unknown): string {
  return [surname, name, patronymic].filter((p) => typeof p === 'string' && p !== '').join(' ');
}
