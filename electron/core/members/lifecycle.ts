// A member's life in the registry: added to an organization, transferred (перевод, with its
// date; the card keeps its record and history), removed from registration with a date and a
// reason (снятие с учёта: the record stays), restored. Each is one undoable action.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ChangeSource, RemovalReason } from '../../../shared/domain/enums';
import type { CellInput } from '../../../shared/values';
import { parseDate } from '../../../shared/values';
import { runAction, type ActionOutcome } from '../edit/actions';
import { checkWritten, readRecordValues } from '../edit/apply';
import { Problems } from '../edit/problems';
import { EDIT_ENGINE_TEXT as T } from '../edit/strings';
import { describeRecord, readRow, type DbRow } from '../edit/tables';
import { MEMBER_FIELDS } from '../../../shared/edit/fields';
import { EDIT_TEXT } from '../../../shared/edit/strings';
import { toIsoDate } from '../../../shared/ru';

const MEMBER_LEVELS = new Set(['primary', 'unit']);

/** The organization members may be put into: exists, is primary or a unit, not liquidated. */
function memberOrg(db: Database, orgId: number): DbRow {
  const org = readRow(db, 'organization', orgId);
  const name = describeRecord('organization', orgId, org);
  if (!org) throw new AppError('not_found', T.notFound(name));
  if (!MEMBER_LEVELS.has(String(org.level))) throw new AppError('conflict', T.memberOrgLevel(name));
  if (org.status === 'liquidated') throw new AppError('conflict', T.orgLiquidated(name));
  return org;
}

function requiredDate(input: string): string {
  const parsed = parseDate(input);
  if (!parsed.ok) throw new AppError('bad_args', parsed.problem);
  if (parsed.value === null) throw new AppError('bad_args', T.dateRequired);
  return parsed.value;
}

const sourceFor = (n: number): ChangeSource => (n > 1 ? 'bulk' : 'edit');

/** Reads each member; collects a problem for those `refuse` names; throws if any. */
function members(db: Database, ids: readonly number[], refuse: (row: DbRow, who: string) => string | null): Map<number, DbRow> {
  const problems = new Problems();
  const rows = new Map<number, DbRow>();
  for (const id of new Set(ids)) {
    const row = readRow(db, 'member', id);
    const who = describeRecord('member', id, row);
    if (!row) {
      problems.add(T.notFound(who));
      continue;
    }
    const problem = refuse(row, who);
    if (problem) problems.add(problem);
    else rows.set(id, row);
  }
  problems.throwIfAny();
  return rows;
}

export function addMember(db: Database, orgId: number, values: Readonly<Record<string, CellInput>>): ActionOutcome<number> {
  const org = memberOrg(db, orgId);
  const record = readRecordValues('member', values);
  const problems = new Problems();
  for (const spec of MEMBER_FIELDS) {
    if (spec.blank === 'required' && (record[spec.column] ?? null) === null) {
      problems.add(T.problem(null, spec.label, EDIT_TEXT.required));
    }
  }
  problems.throwIfAny();
  // Put on electronic registration today unless the card says otherwise.
  record.registered_on ??= toIsoDate(new Date());
  const fio = `${String(record.surname)} ${String(record.name)}`;
  const label = T.labelAdd(fio, describeRecord('organization', orgId, org));
  return runAction(db, { source: 'edit', label }, (w) => {
    const id = w.insert('member', { ...record, org_id: orgId }, () => fio);
    const broken = new Problems();
    checkWritten(db, 'member', id, broken);
    broken.throwIfAny();
    return id;
  });
}

export function transferMembers(db: Database, ids: readonly number[], orgId: number, date: string): ActionOutcome<null> {
  const org = memberOrg(db, orgId);
  const on = requiredDate(date);
  const rows = members(db, ids, (row, who) => (row.removed_on !== null ? T.alreadyRemoved(who) : null));
  // Those already in the organization stay as they are.
  const moving = [...rows.entries()].filter(([, row]) => row.org_id !== orgId);
  const label = T.labelTransfer(moving.length, describeRecord('organization', orgId, org), on);
  return runAction(db, { source: sourceFor(moving.length), label }, (w) => {
    for (const [id] of moving) w.update('member', id, { org_id: orgId, transferred_on: on }, (r) => describeRecord('member', id, r));
    return null;
  });
}

export function removeMembers(db: Database, ids: readonly number[], date: string, reason: RemovalReason): ActionOutcome<null> {
  const on = requiredDate(date);
  const rows = members(db, ids, (row, who) => (row.removed_on !== null ? T.alreadyRemoved(who) : null));
  const label = T.labelRemove(rows.size, on);
  return runAction(db, { source: sourceFor(rows.size), label }, (w) => {
    for (const id of rows.keys()) {
      w.update('member', id, { removed_on: on, removal_reason: reason }, (r) => describeRecord('member', id, r));
    }
    return null;
  });
}

export function restoreMembers(db: Database, ids: readonly number[]): ActionOutcome<null> {
  const rows = members(db, ids, (row, who) => (row.removed_on === null ? T.notRemoved(who) : null));
  return runAction(db, { source: sourceFor(rows.size), label: T.labelRestore(rows.size) }, (w) => {
    for (const id of rows.keys()) {
      w.update('member', id, { removed_on: null, removal_reason: null }, (r) => describeRecord('member', id, r));
    }
    return null;
  });
}
