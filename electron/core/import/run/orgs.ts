// Organizations: matched by code. The tree comes from parent codes, which may point to a row
// further down the file or to an organization already in the registry; a parent code that
// leads nowhere or round in a circle is a row error, and so is a new organization whose parent
// is skipped. Parents are written before their children. Organizations missing from the file
// are listed, never deleted (members and history hang on them).
import type { ImportProblem } from '../../../../shared/api/methods/import';
import type { FullName } from '../../../../shared/values';
import { cached } from '../../edit/tables';
import { shownValue } from '../display';
import type { ResolvedMapping } from '../match/mapping';
import type { ImportRows } from '../rows/import-rows';
import { IMPORT_TEXT } from '../strings';
import { changedColumns, PAUSE_EVERY, problem, refuse, writeUpdate, type RunContext } from './context';
import { lowestCommonAncestor, type OrgIndex } from './org-index';
import { columnOf, columnPlan, columnsOf, convertedRows, fillNames } from './rows';
import type { DbValue } from '../../../../shared/edit/fields';

const CHAIR_NAMES = ['chair_surname', 'chair_name', 'chair_patronymic'] as const;

type OrgRecord = Record<string, DbValue> & { id: number; code: string; parent_id: number | null; name: string };

const T = IMPORT_TEXT.problems;
const R = IMPORT_TEXT.reasons;

interface Entry {
  row: number;
  code: string;
  /** From the file; null when the cell is blank or the column absent (the parent stays). */
  parentCode: string | null;
  values: Record<string, DbValue>;
  problems: ImportProblem[];
  /** Why the row is skipped, once known. */
  invalid: { reason: string; message: string; column: string | null } | null;
}

const INSERT_DEFAULTS: Record<string, DbValue> = {
  code: null, parent_id: null, level: null, kind: null, name: null, short_name: null, status: 'active', inn: null,
  address: null, chair_surname: null, chair_name: null, chair_patronymic: null, chair_gender: null, chair_phone: null,
  chair_email: null, chair_email_consent: null, chair_term_start: null, chair_term_end: null, stat_members: null,
  stat_employees: null, stat_auto_report: null,
};

/** Reads every row (an organizations file is small) and sets the duplicates aside. */
async function readEntries(ctx: RunContext, source: ImportRows, mapping: ResolvedMapping): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  const plan = columnPlan(mapping, ['code']);
  for await (const c of convertedRows(ctx, source)) {
    const code = c.values.get('code') as string | undefined;
    if (code === undefined) {
      refuse(ctx, c, R.required, T.requiredCode);
      continue;
    }
    const earlier = entries.get(code);
    if (earlier) {
      refuse(ctx, c, R.duplicate, T.duplicateCode(code, earlier.row), columnOf(mapping, 'code'));
      continue;
    }
    const values = columnsOf(plan, c);
    fillNames(values, c.values.get('chairFullName') as FullName | undefined, CHAIR_NAMES);
    const parentCode = (c.values.get('parentCode') as string | undefined) ?? null;
    entries.set(code, { row: c.row, code, parentCode, values, problems: c.problems, invalid: null });
  }
  return entries;
}

export async function runOrgs(ctx: RunContext, source: ImportRows, mapping: ResolvedMapping): Promise<void> {
  const entries = await readEntries(ctx, source, mapping);
  const records = ctx.db.prepare('SELECT * FROM organizations').all() as OrgRecord[];
  const stored = new Map(records.map((r) => [r.code, r]));
  const codeOfId = new Map(records.map((r) => [r.id, r.code]));
  const parentColumn = columnOf(mapping, 'parentCode');
  const invalidate = (e: Entry, reason: string, message: string, column: string | null = null) => {
    if (!e.invalid) e.invalid = { reason, message, column };
  };
  /** The parent code after this import: the file's where given, else the registry's. */
  const parentOf = (code: string): string | null => {
    const e = entries.get(code);
    if (e && e.parentCode !== null) return e.parentCode;
    const r = stored.get(code);
    return r && r.parent_id !== null ? (codeOfId.get(r.parent_id) ?? null) : null;
  };

  for (const e of entries.values()) {
    const isNew = !stored.has(e.code);
    if (e.parentCode !== null && e.parentCode !== e.code && !entries.has(e.parentCode) && !stored.has(e.parentCode)) {
      invalidate(e, R.unknownParent, T.unknownParent(e.parentCode), parentColumn);
    } else if (isNew && !e.values.name) invalidate(e, R.required, T.requiredOrgName);
    else if (isNew && !e.values.level) invalidate(e, R.required, T.requiredLevel);
  }
  markCycles(entries, parentOf, (e, path) => invalidate(e, R.cycle, T.cycle(path), parentColumn));
  // A new organization cannot hang under a parent that is skipped and not in the registry.
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of entries.values()) {
      const p = e.parentCode === null ? undefined : entries.get(e.parentCode);
      if (!e.invalid && p?.invalid && !stored.has(p.code)) {
        invalidate(e, R.parentSkipped, T.parentSkipped(p.code), parentColumn);
        changed = true;
      }
    }
  }
  for (const e of entries.values()) {
    if (e.invalid) ctx.log.skip(e.invalid.reason, [...e.problems, problem(ctx, e.row, e.invalid.message, e.invalid.column)]);
  }

  const valid = [...entries.values()].filter((e) => !e.invalid);
  const depth = new Map<string, number>();
  const depthOf = (code: string): number => {
    const known = depth.get(code);
    if (known !== undefined) return known;
    const p = parentOf(code);
    const d = p === null || !entries.has(p) ? 0 : depthOf(p) + 1;
    depth.set(code, d);
    return d;
  };
  valid.sort((a, b) => depthOf(a.code) - depthOf(b.code) || a.row - b.row);

  const idOf = new Map(records.map((r) => [r.code, r.id as number | null]));
  const nameOf = (code: string | null) => (code === null ? '' : (entries.get(code)?.values.name ?? stored.get(code)?.name ?? code));
  const insert = cached(ctx.db, `INSERT INTO organizations (${Object.keys(INSERT_DEFAULTS).join(', ')}) VALUES (${Object.keys(INSERT_DEFAULTS).map((c) => `@${c}`).join(', ')})`);
  let done = 0;
  for (const e of valid) {
    ctx.log.problems(e.problems);
    const record = stored.get(e.code);
    if (!record) {
      const parentId = e.parentCode === null ? null : (idOf.get(e.parentCode) ?? null);
      if (ctx.write) {
        const info = insert.run({ ...INSERT_DEFAULTS, ...e.values, code: e.code, parent_id: parentId });
        idOf.set(e.code, Number(info.lastInsertRowid));
      }
      ctx.log.add(() => ({ row: e.row, key: e.code, name: String(e.values.name), org: e.parentCode === null ? null : String(nameOf(e.parentCode)) }));
    } else {
      updateOrg(e, record);
    }
    if (++done % PAUSE_EVERY === 0) await ctx.pause(ctx.log.counts.rows);
  }
  listMissing(ctx, records, entries, idOf);

  function updateOrg(e: Entry, record: OrgRecord): void {
    const changes = changedColumns(record, e.values);
    const oldParent = record.parent_id === null ? null : (codeOfId.get(record.parent_id) ?? null);
    if (e.parentCode !== null && e.parentCode !== oldParent) changes.parent_id = idOf.get(e.parentCode) ?? null;
    writeUpdate(ctx, {
      kind: 'orgs',
      entity: 'organization',
      id: record.id,
      stored: record,
      changes,
      row: e.row,
      key: e.code,
      name: record.name,
      // The parent is shown by name; a new one may not have an id yet in a preview.
      show: (column, value, side) =>
        column === 'parent_id' ? String(nameOf(side === 'old' ? oldParent : e.parentCode)) : shownValue('organization', column, value),
    });
  }
}

/** Marks every file row on a circle of parent codes (A → B → A) with the circle it closes. */
function markCycles(entries: Map<string, Entry>, parentOf: (code: string) => string | null, mark: (e: Entry, path: string[]) => void): void {
  const settled = new Set<string>();
  for (const start of entries.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let code: string | null = start;
    while (code !== null && !settled.has(code) && !onPath.has(code)) {
      onPath.set(code, path.length);
      path.push(code);
      code = parentOf(code);
    }
    if (code !== null && onPath.has(code)) {
      const circle = path.slice(onPath.get(code)!);
      circle.forEach((c, i) => {
        const e = entries.get(c);
        // Each row reads the circle from its own code: «502 → 501 → 502».
        if (e) mark(e, [...circle.slice(i), ...circle.slice(0, i), c]);
      });
    }
    for (const c of path) settled.add(c);
  }
}

/** Organizations of the registry under the file's organizations that the file does not list. */
function listMissing(ctx: RunContext, records: OrgRecord[], entries: Map<string, Entry>, idOf: Map<string, number | null>): void {
  const index: OrgIndex = {
    byCode: new Map(records.map((r) => [r.code, { id: r.id, code: r.code, parentId: r.parent_id, name: r.name }])),
    byId: new Map(records.map((r) => [r.id, { id: r.id, code: r.code, parentId: r.parent_id, name: r.name }])),
  };
  const touched = [...entries.keys()].map((c) => idOf.get(c)).filter((id): id is number => typeof id === 'number' && index.byId.has(id));
  if (touched.length === 0) return;
  const root = lowestCommonAncestor(index, touched);
  const inScope = (id: number): boolean => {
    if (root === null) return true;
    for (let n = index.byId.get(id); n; n = n.parentId === null ? undefined : index.byId.get(n.parentId)) {
      if (n.id === root) return true;
    }
    return false;
  };
  for (const r of records) {
    if (!entries.has(r.code) && inScope(r.id)) ctx.log.absent(() => ({ row: null, key: r.code, name: r.name, org: null }));
  }
}
