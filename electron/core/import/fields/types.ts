import type { Entity } from '../../../../shared/edit/fields';
import type { CellInput, ValueParser } from '../../../../shared/values';

import type { ImportKindId } from '../../../../shared/api/methods/import';

export type ImportKind = ImportKindId;

/** One column the import understands. */
export interface FieldDef {
  /** The API field where there is one ('birthDate', 'chairEmail'), else the import's own. */
  id: string;
  /** The canonical header: what the templates carry and the mapping shows. */
  label: string;
  /** Other headers meaning the same column, as specialists and the AIS write them. */
  synonyms: readonly string[];
  parse: ValueParser<unknown>;
  /** The file's column it fills; null for columns the import resolves itself (codes, one-cell FIO). */
  column: string | null;
  /** A problem here skips the row (it identifies or places the record); elsewhere the value is dropped. */
  key?: boolean;
  /** Stored as cleaned text with a warning when unreadable, so the data checks can point at it. */
  keepInvalid?: (input: CellInput) => string | null;
  /** A helper column (one-cell FIO) that is read but is not in the templates. */
  helper?: boolean;
}

export interface KindDef {
  kind: ImportKind;
  entity: Entity;
  fields: readonly FieldDef[];
  /** Columns that must be there; each entry lists alternatives (any one will do). */
  requires: readonly (readonly string[])[];
}
