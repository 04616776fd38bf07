import { MEMBER_FIELDS } from '../edit/fields';

/** Fields the merge dialog offers a choice for: every field a user can type into. */
export const MERGE_FIELDS: readonly string[] = MEMBER_FIELDS.filter((f) => f.editable).map((f) => f.key);
