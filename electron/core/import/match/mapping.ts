// The mapping: which field each column of the file fills. Found from the headers, remembered
// per source, corrected by the user (UI) or given as a JSON file (CLI).
import { AppError } from '../../../../shared/api/errors';
import { KINDS, fieldById, type FieldDef, type ImportKind } from '../fields';
import { IMPORT_TEXT } from '../strings';
import { headerKey } from './header-key';
import { matchHeader } from './matcher';

/** header → field id; null means «ignore this column». */
export type ColumnMap = Record<string, string | null>;

export interface ResolvedMapping {
  kind: ImportKind;
  headers: string[];
  /** The field of each column (by index), or null. */
  fields: (FieldDef | null)[];
  columns: ColumnMap;
  /** Columns that fill nothing: listed to the user, then ignored. */
  unknown: string[];
}

const PERSON_FIELDS = new Set(['aisId', 'surname', 'name', 'patronymic', 'fullName', 'birthDate', 'cardStatus', 'cardNumber']);
const ORG_ONLY_FIELDS = new Set(['parentCode', 'level', 'kind', 'status', 'inn', 'address', 'chairSurname', 'chairFullName', 'chairTermEnd']);
const STAT_FIELDS = new Set(['statMembers', 'statEmployees', 'statAutoReport']);

/** What the headers look like: people, organizations, or only stat-report figures. */
export function detectKind(headers: readonly string[]): ImportKind | null {
  const members = headers.map((h) => matchHeader('members', h)).filter((f): f is string => f !== null);
  if (members.some((f) => PERSON_FIELDS.has(f))) return 'members';
  const orgs = headers.map((h) => matchHeader('orgs', h)).filter((f): f is string => f !== null);
  if (orgs.some((f) => ORG_ONLY_FIELDS.has(f))) return 'orgs';
  if (orgs.includes('code') && orgs.some((f) => STAT_FIELDS.has(f))) return 'stats';
  if (orgs.includes('name') && orgs.includes('code')) return 'orgs';
  return null;
}

export function autoMapping(kind: ImportKind, headers: readonly string[]): ColumnMap {
  const taken = new Set<string>();
  const map: ColumnMap = {};
  for (const h of headers) {
    const id = matchHeader(kind, h);
    map[h] = id !== null && !taken.has(id) ? id : null;
    if (id !== null) taken.add(id);
  }
  return map;
}

/** A field named by its id or by its canonical header (handy in a hand-written JSON file). */
function fieldFor(kind: ImportKind, name: string): FieldDef | undefined {
  return fieldById(kind, name) ?? KINDS[kind].fields.find((f) => headerKey(f.label) === headerKey(name));
}

/**
 * The final mapping: the user's choices where given, the automatic match elsewhere. Refuses
 * (with the columns named) a field of another kind, two columns on one field, and missing
 * required columns.
 */
export function resolveMapping(fileName: string, kind: ImportKind, headers: readonly string[], user: ColumnMap | null = null): ResolvedMapping {
  const auto = autoMapping(kind, headers);
  const kindLabel = IMPORT_TEXT.kinds[kind];
  const fields: (FieldDef | null)[] = [];
  const owner = new Map<string, string>();
  for (const h of headers) {
    const chosen = user && Object.prototype.hasOwnProperty.call(user, h) ? user[h] : auto[h];
    if (chosen === null || chosen === undefined || chosen === '') {
      fields.push(null);
      continue;
    }
    const field = fieldFor(kind, chosen);
    if (!field) throw new AppError('bad_args', IMPORT_TEXT.match.unknownField(h, chosen, kindLabel));
    const other = owner.get(field.id);
    if (other !== undefined) throw new AppError('bad_args', IMPORT_TEXT.match.sameField(h, other, field.label));
    owner.set(field.id, h);
    fields.push(field);
  }

  const missing = KINDS[kind].requires
    .filter((alternatives) => !alternatives.some((id) => owner.has(id)))
    .map((alternatives) => IMPORT_TEXT.match.alternatives(alternatives.map((id) => fieldById(kind, id)!.label)));
  if (missing.length > 0) {
    const detected = detectKind(headers);
    const hint = detected !== null && detected !== kind ? IMPORT_TEXT.match.looksLike(IMPORT_TEXT.kinds[detected]) : '';
    throw new AppError('bad_args', IMPORT_TEXT.match.missingColumns(fileName, kindLabel, missing) + hint);
  }

  const columns: ColumnMap = {};
  headers.forEach((h, i) => (columns[h] = fields[i]?.id ?? null));
  return { kind, headers: [...headers], fields, columns, unknown: headers.filter((_, i) => fields[i] === null) };
}
