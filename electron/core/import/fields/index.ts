// The columns of each kind of import file, with their canonical headers and synonyms.
import { MEMBERS } from './members';
import { ORGS, STATS } from './orgs';
import type { FieldDef, ImportKind, KindDef } from './types';

export const KINDS: Record<ImportKind, KindDef> = { orgs: ORGS, members: MEMBERS, stats: STATS };
export type { FieldDef, ImportKind, KindDef } from './types';

export function fieldById(kind: ImportKind, id: string): FieldDef | undefined {
  return KINDS[kind].fields.find((f) => f.id === id);
}

/** The canonical columns of a kind, in template order (helper columns left out). */
export function templateColumns(kind: ImportKind): string[] {
  return KINDS[kind].fields.filter((f) => !f.helper).map((f) => f.label);
}
