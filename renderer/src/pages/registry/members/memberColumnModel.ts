// The members grid's columns in their default order: every card field (from the shared field
// specs, so labels, editors and checks match the engine) plus the organization's name.
import { fieldByKey, type FieldSpec } from '../../../../../shared/edit/fields';
import { EDIT_TEXT } from '../../../../../shared/edit/strings';

export interface MemberColumn {
  colId: string;
  label: string;
  /** null: not a card field (the organization's name), never edited in the grid. */
  spec: FieldSpec | null;
  width: number;
  /** Hidden until the user picks it in «Столбцы…». */
  hidden: boolean;
}

const column = (key: string, width: number, hidden = false): MemberColumn => {
  const spec = fieldByKey('member', key);
  if (!spec) throw new Error(`No member field ${key}`);
  return { colId: key, label: spec.label, spec, width, hidden };
};

export const MEMBER_COLUMNS: readonly MemberColumn[] = [
  column('surname', 140),
  column('name', 120),
  column('patronymic', 150),
  column('gender', 100, true),
  column('birthDate', 120),
  { colId: 'orgName', label: EDIT_TEXT.member.orgName, spec: null, width: 260, hidden: false },
  column('category', 180),
  column('position', 180),
  column('phone', 140),
  column('email', 200),
  column('joinedOn', 130),
  column('registeredOn', 130, true),
  column('joinedOnline', 110, true),
  column('cardNumber', 130, true),
  column('cardStatus', 160),
  column('cardStatusDate', 130, true),
  column('appInstalled', 120, true),
  column('profcards', 120, true),
  column('pdConsent', 120, true),
  column('pdConsentDate', 130, true),
  column('mailingConsent', 120, true),
  column('aisId', 120, true),
  column('transferredOn', 120, true),
  column('removedOn', 130, true),
  column('removalReason', 180, true),
];

export const MEMBER_COLUMN_BY_ID: ReadonlyMap<string, MemberColumn> = new Map(MEMBER_COLUMNS.map((c) => [c.colId, c]));

/** Whether a column's cells may be typed, pasted, filled or cleared. */
export function isEditableColumn(col: MemberColumn | undefined): col is MemberColumn & { spec: FieldSpec } {
  return !!col && col.spec !== null && col.spec.editable;
}
