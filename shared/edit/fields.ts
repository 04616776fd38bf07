// The editable fields of a member card and an organization passport, written once: the column
// in the file, the Russian label, how a typed or pasted value is read (the import's own parsers,
// shared/values) and what a blank stores. The engine validates every change with these, the
// grid builds its editors and its paste check from them, so both always agree.
import {
  CARD_STATUS_LABELS,
  GENDER_LABELS,
  MEMBER_CATEGORY_LABELS,
  ORG_KIND_LABELS,
  ORG_LEVEL_LABELS,
  ORG_STATUS_LABELS,
  REMOVAL_REASON_LABELS,
} from '../domain/enums';
import {
  parseBoolean,
  parseCardStatus,
  parseCode,
  parseCount,
  parseDate,
  parseEmail,
  parseGender,
  parseInn,
  parseMemberCategory,
  parseNamePart,
  parseOrgKind,
  parseOrgLevel,
  parseOrgStatus,
  parsePhone,
  parseRemovalReason,
  textParser,
  type ValueParser,
} from '../values';
import { EDIT_TEXT } from './strings';

export type Entity = 'member' | 'organization';
export const ENTITIES = ['member', 'organization'] as const;

/** How a field is shown and edited: the grid picks its editor and filter by this. */
export type FieldKind = 'text' | 'date' | 'enum' | 'bool' | 'count';

/** A value as the file stores it: text, a number, 0/1 for yes/no, or NULL. */
export type DbValue = string | number | null;

export interface FieldSpec {
  key: string;
  column: string;
  label: string;
  kind: FieldKind;
  parse: ValueParser<string | number | boolean>;
  /** What a blank stores; 'required' refuses a blank. */
  blank: DbValue | 'required';
  /** False: changed only by its own operation (transfer, removal, move), never typed in. */
  editable: boolean;
  /** Labels of an enumeration, id → Russian. */
  options?: Readonly<Record<string, string>>;
}

type Spec = Omit<FieldSpec, 'label' | 'editable' | 'blank'> & Partial<Pick<FieldSpec, 'editable' | 'blank'>>;

function build<K extends string>(labels: Record<K, string>, specs: readonly (Spec & { key: K })[]): readonly FieldSpec[] {
  return specs.map((s) => ({ editable: true, blank: null, ...s, label: labels[s.key] }));
}

const text = (max: number) => textParser(max);
const name = parseNamePart;

export const MEMBER_FIELDS: readonly FieldSpec[] = build(EDIT_TEXT.member, [
  { key: 'surname', column: 'surname', kind: 'text', parse: name, blank: 'required' },
  { key: 'name', column: 'name', kind: 'text', parse: name, blank: 'required' },
  { key: 'patronymic', column: 'patronymic', kind: 'text', parse: name },
  { key: 'gender', column: 'gender', kind: 'enum', parse: parseGender, options: GENDER_LABELS },
  { key: 'birthDate', column: 'birth_date', kind: 'date', parse: parseDate },
  { key: 'category', column: 'category', kind: 'enum', parse: parseMemberCategory, options: MEMBER_CATEGORY_LABELS, blank: 'unset' },
  { key: 'position', column: 'position', kind: 'text', parse: text(300) },
  { key: 'phone', column: 'phone', kind: 'text', parse: parsePhone },
  { key: 'email', column: 'email', kind: 'text', parse: parseEmail },
  { key: 'joinedOn', column: 'joined_on', kind: 'date', parse: parseDate },
  { key: 'registeredOn', column: 'registered_on', kind: 'date', parse: parseDate },
  { key: 'joinedOnline', column: 'joined_online', kind: 'bool', parse: parseBoolean, blank: 0 },
  { key: 'cardNumber', column: 'card_number', kind: 'text', parse: parseCode },
  { key: 'cardStatus', column: 'card_status', kind: 'enum', parse: parseCardStatus, options: CARD_STATUS_LABELS },
  { key: 'cardStatusDate', column: 'card_status_date', kind: 'date', parse: parseDate },
  { key: 'appInstalled', column: 'app_installed', kind: 'bool', parse: parseBoolean, blank: 0 },
  { key: 'profcards', column: 'profcards', kind: 'bool', parse: parseBoolean, blank: 0 },
  { key: 'pdConsent', column: 'pd_consent', kind: 'bool', parse: parseBoolean, blank: 0 },
  { key: 'pdConsentDate', column: 'pd_consent_date', kind: 'date', parse: parseDate },
  { key: 'mailingConsent', column: 'mailing_consent', kind: 'bool', parse: parseBoolean, blank: 0 },
  { key: 'aisId', column: 'ais_id', kind: 'text', parse: parseCode },
  { key: 'removedOn', column: 'removed_on', kind: 'date', parse: parseDate, editable: false },
  {
    key: 'removalReason',
    column: 'removal_reason',
    kind: 'enum',
    parse: parseRemovalReason,
    options: REMOVAL_REASON_LABELS,
    editable: false,
  },
  { key: 'transferredOn', column: 'transferred_on', kind: 'date', parse: parseDate, editable: false },
]);

export const ORG_FIELDS: readonly FieldSpec[] = build(EDIT_TEXT.organization, [
  { key: 'name', column: 'name', kind: 'text', parse: text(500), blank: 'required' },
  { key: 'shortName', column: 'short_name', kind: 'text', parse: text(200) },
  { key: 'code', column: 'code', kind: 'text', parse: parseCode, blank: 'required', editable: false },
  { key: 'level', column: 'level', kind: 'enum', parse: parseOrgLevel, options: ORG_LEVEL_LABELS, editable: false },
  { key: 'kind', column: 'kind', kind: 'enum', parse: parseOrgKind, options: ORG_KIND_LABELS },
  { key: 'status', column: 'status', kind: 'enum', parse: parseOrgStatus, options: ORG_STATUS_LABELS, blank: 'required' },
  { key: 'inn', column: 'inn', kind: 'text', parse: parseInn },
  { key: 'address', column: 'address', kind: 'text', parse: text(500) },
  { key: 'chairSurname', column: 'chair_surname', kind: 'text', parse: name },
  { key: 'chairName', column: 'chair_name', kind: 'text', parse: name },
  { key: 'chairPatronymic', column: 'chair_patronymic', kind: 'text', parse: name },
  { key: 'chairGender', column: 'chair_gender', kind: 'enum', parse: parseGender, options: GENDER_LABELS },
  { key: 'chairPhone', column: 'chair_phone', kind: 'text', parse: parsePhone },
  { key: 'chairEmail', column: 'chair_email', kind: 'text', parse: parseEmail },
  { key: 'chairEmailConsent', column: 'chair_email_consent', kind: 'bool', parse: parseBoolean },
  { key: 'chairTermStart', column: 'chair_term_start', kind: 'date', parse: parseDate },
  { key: 'chairTermEnd', column: 'chair_term_end', kind: 'date', parse: parseDate },
  { key: 'statMembers', column: 'stat_members', kind: 'count', parse: parseCount },
  { key: 'statEmployees', column: 'stat_employees', kind: 'count', parse: parseCount },
  { key: 'statAutoReport', column: 'stat_auto_report', kind: 'bool', parse: parseBoolean },
  { key: 'aisResponsible', column: 'ais_responsible', kind: 'text', parse: text(200) },
  { key: 'statWorking', column: 'stat_working', kind: 'count', parse: parseCount },
  { key: 'statStudents', column: 'stat_students', kind: 'count', parse: parseCount },
  { key: 'statPensioners', column: 'stat_pensioners', kind: 'count', parse: parseCount },
]);

export const FIELDS: Readonly<Record<Entity, readonly FieldSpec[]>> = { member: MEMBER_FIELDS, organization: ORG_FIELDS };

const byKey = (list: readonly FieldSpec[]) => new Map(list.map((f) => [f.key, f]));
const byColumn = (list: readonly FieldSpec[]) => new Map(list.map((f) => [f.column, f]));
const KEYS = { member: byKey(MEMBER_FIELDS), organization: byKey(ORG_FIELDS) };
const COLUMNS = { member: byColumn(MEMBER_FIELDS), organization: byColumn(ORG_FIELDS) };

export function fieldByKey(entity: Entity, key: string): FieldSpec | undefined {
  return KEYS[entity].get(key);
}

export function fieldByColumn(entity: Entity, column: string): FieldSpec | undefined {
  return COLUMNS[entity].get(column);
}

export type ReadResult = { ok: true; value: DbValue } | { ok: false; problem: string };

/**
 * Reads one typed or pasted value for a field into what the file stores: the field's parser,
 * then the blank rule; yes/no become 1/0. The problem text is Russian and names the value.
 */
export function readFieldValue(spec: FieldSpec, input: Parameters<ValueParser<unknown>>[0]): ReadResult {
  const parsed = spec.parse(input);
  if (!parsed.ok) return parsed;
  if (parsed.value === null) {
    return spec.blank === 'required' ? { ok: false, problem: EDIT_TEXT.required } : { ok: true, value: spec.blank };
  }
  const v = parsed.value;
  return { ok: true, value: typeof v === 'boolean' ? (v ? 1 : 0) : v };
}
