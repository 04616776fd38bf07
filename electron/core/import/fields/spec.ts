import { fieldByKey, type Entity } from '../../../../shared/edit/fields';
import { cellText, type CellInput } from '../../../../shared/values';
import type { FieldDef } from './types';

/**
 * An import column over an editable field: the column in the file and the parser come from the
 * field specs the grid uses (shared/edit/fields), so an import reads a value exactly as typing
 * it into the grid would.
 */
export function specField(
  entity: Entity,
  id: string,
  label: string,
  synonyms: readonly string[],
  extra: Pick<FieldDef, 'key' | 'keepInvalid'> = {},
): FieldDef {
  const spec = fieldByKey(entity, id);
  if (!spec) throw new Error(`No ${entity} field «${id}»`);
  return { id, label, synonyms, parse: spec.parse, column: spec.column, ...extra };
}

/** Phones are stored as typed when unreadable: the data checks then point at them. */
export const keepText = (input: CellInput): string | null => cellText(input) || null;
