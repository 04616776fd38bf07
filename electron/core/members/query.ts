// SQL for «which members»: the subtree, quick FIO search on the fio_norm index, column filters,
// presets and an outside list of ids. Column names come from closed maps, values are bound.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ColumnFilter, FilterCondition, MemberQuery } from '../../../shared/api/memberQuery';
import { normalizeFioQuery } from '../../../shared/domain/fio';
import { fieldByKey, MEMBER_FIELDS, type FieldKind } from '../../../shared/edit/fields';
import { normalizeWord } from '../../../shared/values';
import { MEMBERS_TEXT } from './strings';

/** SQL selecting the ids of an organization and everything below it. */
export const SUBTREE_CTE = `WITH RECURSIVE subtree(id) AS (
  SELECT id FROM organizations WHERE id = @orgId
  UNION ALL
  SELECT o.id FROM organizations o JOIN subtree s ON o.parent_id = s.id
)`;

/** Each field's expression; the surname sorts by the normal form (ё among е, any case). */
const COLUMN_OF: Record<string, { sql: string; kind: FieldKind }> = {
  ...Object.fromEntries(MEMBER_FIELDS.map((f) => [f.key, { sql: `m.${f.column}`, kind: f.kind }])),
  orgName: { sql: 'o.name', kind: 'text' },
};
/** An enumeration sorts by its Russian label, as the user sees it, not by its stored id. */
function byLabel(sql: string, options: Readonly<Record<string, string>>): string {
  const ids = Object.keys(options).sort((a, b) => options[a]!.localeCompare(options[b]!, 'ru'));
  return `CASE ${sql} ${ids.map((id, i) => `WHEN '${id}' THEN ${i}`).join(' ')} END`;
}

export const SORT_SQL: Record<string, string> = {
  ...Object.fromEntries(
    MEMBER_FIELDS.map((f) => [f.key, f.kind === 'enum' && f.options ? byLabel(`m.${f.column}`, f.options) : `m.${f.column}`]),
  ),
  orgName: 'o.name',
  surname: 'm.fio_norm',
};

export const PRESET_SQL: Record<NonNullable<MemberQuery['preset']>, string> = {
  noCategory: "m.category = 'unset'",
  cardDelivered: "m.card_status = 'delivered'",
  refusedNoApp: "m.card_status = 'refused' AND m.app_installed = 0",
  removed: 'm.removed_on IS NOT NULL',
};

const withFunctions = new WeakSet<Database>();

/**
 * pr_norm(text): lower case, ё as е, one space — normalizeWord's result for Russian text, but
 * with toLowerCase (the same letters outside Turkish and Lithuanian), which is 7× faster than
 * the locale-aware form when a filter runs over 200,000 cells.
 */
function ensureFunctions(db: Database): void {
  if (withFunctions.has(db)) return;
  db.function('pr_norm', { deterministic: true }, (v: unknown) =>
    v === null || v === undefined ? null : String(v).toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim(),
  );
  withFunctions.add(db);
}

/** The smallest string greater than every string starting with `prefix` (binary order). */
export function prefixEnd(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!;
  return chars.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}

export interface BuiltQuery {
  cte: string;
  where: string;
  params: Record<string, unknown>;
  /** Whether the conditions read the organization (o.name). */
  needsOrg: boolean;
}

class Builder {
  readonly where: string[] = [];
  readonly params: Record<string, unknown> = {};
  needsOrg = false;
  private n = 0;
  bind(value: unknown): string {
    const name = `p${this.n++}`;
    this.params[name] = value;
    return `@${name}`;
  }
}

function textCondition(b: Builder, sql: string, c: Extract<FilterCondition, { type: 'text' }>): string {
  const norm = `pr_norm(${sql})`;
  if (c.op === 'blank') return `(${sql} IS NULL OR ${sql} = '')`;
  if (c.op === 'notBlank') return `(${sql} IS NOT NULL AND ${sql} <> '')`;
  const value = normalizeWord(c.value);
  if (value === '') return '1';
  const p = b.bind(value);
  switch (c.op) {
    case 'contains':
      return `instr(${norm}, ${p}) > 0`;
    case 'notContains':
      return `(${sql} IS NULL OR instr(${norm}, ${p}) = 0)`;
    case 'equals':
      return `${norm} = ${p}`;
    case 'notEqual':
      return `(${sql} IS NULL OR ${norm} <> ${p})`;
    case 'startsWith':
      return `substr(${norm}, 1, length(${p})) = ${p}`;
    case 'endsWith':
      return `substr(${norm}, -length(${p})) = ${p}`;
  }
}

function dateCondition(b: Builder, sql: string, c: Extract<FilterCondition, { type: 'date' }>, label: string): string {
  if (c.op === 'blank') return `${sql} IS NULL`;
  if (c.op === 'notBlank') return `${sql} IS NOT NULL`;
  if (c.from === null || (c.op === 'inRange' && c.to === null)) throw new AppError('bad_args', MEMBERS_TEXT.filterNeedsDate(label));
  const from = b.bind(c.from);
  switch (c.op) {
    case 'equals':
      return `${sql} = ${from}`;
    case 'notEqual':
      return `(${sql} IS NULL OR ${sql} <> ${from})`;
    case 'lessThan':
      return `${sql} < ${from}`;
    case 'greaterThan':
      return `${sql} > ${from}`;
    case 'inRange':
      // Both ends included, as a person reads «с 01.01.2020 по 31.12.2020».
      return `${sql} BETWEEN ${from} AND ${b.bind(c.to)}`;
  }
}

function setCondition(b: Builder, sql: string, c: Extract<FilterCondition, { type: 'set' }>, kind: FieldKind): string {
  const values = c.values.filter((v): v is string => v !== null);
  const parts: string[] = [];
  if (values.length > 0) {
    const bound = values.map((v) => b.bind(kind === 'bool' ? Number(v === '1' || v === 'true') : v));
    parts.push(`${sql} IN (${bound.join(', ')})`);
  }
  if (c.values.includes(null)) parts.push(`${sql} IS NULL`);
  return parts.length > 0 ? `(${parts.join(' OR ')})` : '0';
}

function columnFilter(b: Builder, f: ColumnFilter): string {
  const col = COLUMN_OF[f.field]!;
  if (f.field === 'orgName') b.needsOrg = true;
  const label = fieldByKey('member', f.field)?.label ?? MEMBERS_TEXT.orgColumn;
  const parts = f.conditions.map((c) => {
    const fits = c.type === 'text' ? col.kind === 'text' : c.type === 'date' ? col.kind === 'date' : col.kind === 'enum' || col.kind === 'bool';
    if (!fits) throw new AppError('bad_args', MEMBERS_TEXT.filterKind(label));
    if (c.type === 'text') return textCondition(b, col.sql, c);
    if (c.type === 'date') return dateCondition(b, col.sql, c, label);
    return setCondition(b, col.sql, c, col.kind);
  });
  return `(${parts.join(f.join === 'or' ? ' OR ' : ' AND ')})`;
}

/**
 * The conditions of a query. `narrowed: false` keeps only the subtree and the removed switch
 * (the «из N» count of the status line).
 */
export function buildMemberQuery(db: Database, q: MemberQuery, narrowed = true): BuiltQuery {
  ensureFunctions(db);
  const b = new Builder();
  const removedPreset = narrowed && q.preset === 'removed';
  if (!q.includeRemoved && !removedPreset) b.where.push('m.removed_on IS NULL');
  let cte = '';
  const search = narrowed ? normalizeFioQuery(q.search) : '';
  if (q.orgId !== null) {
    b.params.orgId = q.orgId;
    // With a search, «+» keeps SQLite off the organization index so it walks the fio_norm range.
    const org = search !== '' ? '+m.org_id' : 'm.org_id';
    if (q.subtree) {
      cte = SUBTREE_CTE;
      b.where.push(`${org} IN (SELECT id FROM subtree)`);
    } else b.where.push(`${org} = @orgId`);
  }
  if (narrowed) {
    if (search !== '') {
      // A range on the fio_norm index: «иванова ан» ≤ fio_norm < «иванова ао».
      b.where.push(`m.fio_norm >= ${b.bind(search)} AND m.fio_norm < ${b.bind(prefixEnd(search))}`);
    }
    if (q.preset) b.where.push(PRESET_SQL[q.preset]);
    if (q.ids) b.where.push(`m.id IN (SELECT value FROM json_each(${b.bind(JSON.stringify(q.ids))}))`);
    for (const f of q.filters) b.where.push(columnFilter(b, f));
  }
  return { cte, where: b.where.length > 0 ? `WHERE ${b.where.join(' AND ')}` : '', params: b.params, needsOrg: b.needsOrg };
}

/** Whether a query narrows its subtree at all (otherwise its total is the unfiltered count). */
export function isNarrowed(q: MemberQuery): boolean {
  return normalizeFioQuery(q.search) !== '' || q.preset !== null || q.ids !== null || q.filters.length > 0;
}

export function orderBy(sort: readonly { field: string; dir: 'asc' | 'desc' }[]): string {
  return [...sort.map((s) => `${SORT_SQL[s.field]} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`), 'm.fio_norm', 'm.id'].join(', ');
}
