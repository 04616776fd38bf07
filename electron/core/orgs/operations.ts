// Operations on the organization tree, each one undoable action: add a child organization,
// move one under another parent (never into itself or its own subtree), mark as liquidated,
// delete an empty one.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { ORG_LEVEL_LABELS, type OrgLevel } from '../../../shared/domain/enums';
import { CHILD_LEVELS } from '../../../shared/edit/orgLevels';
import { EDIT_TEXT } from '../../../shared/edit/strings';
import type { CellInput } from '../../../shared/values';
import { runAction, type ActionOutcome } from '../edit/actions';
import { readRecordValues } from '../edit/apply';
import { EDIT_ENGINE_TEXT as T } from '../edit/strings';
import { describeRecord, readRow, type DbRow } from '../edit/tables';

/** Codes given to organizations created here until the AIS gives them theirs. */
const NEW_CODE_PREFIX = 'НОВ-';

function org(db: Database, id: number): { row: DbRow; name: string } {
  const row = readRow(db, 'organization', id);
  const name = String(row?.short_name || row?.name || '');
  if (!row) throw new AppError('not_found', T.notFound(describeRecord('organization', id, row)));
  return { row, name };
}

function checkLevel(parent: DbRow, parentName: string, level: OrgLevel): void {
  const parentLevel = parent.level as OrgLevel;
  if (!CHILD_LEVELS[parentLevel].includes(level)) {
    throw new AppError('conflict', T.childLevel(`«${parentName}»`, ORG_LEVEL_LABELS[parentLevel], ORG_LEVEL_LABELS[level]));
  }
  if (parent.status === 'liquidated') throw new AppError('conflict', T.orgLiquidated(`«${parentName}»`));
}

function newCode(db: Database): string {
  const used = new Set(
    db.prepare('SELECT code FROM organizations WHERE code LIKE ?').pluck().all(`${NEW_CODE_PREFIX}%`) as string[],
  );
  let n = used.size + 1;
  while (used.has(`${NEW_CODE_PREFIX}${n}`)) n++;
  return `${NEW_CODE_PREFIX}${n}`;
}

export function addOrganization(
  db: Database,
  parentId: number,
  level: OrgLevel,
  values: Readonly<Record<string, CellInput>>,
): ActionOutcome<number> {
  const parent = org(db, parentId);
  checkLevel(parent.row, parent.name, level);
  // The code may be typed (it is locked in the grid, not on creation); the level is the argument's.
  const record = readRecordValues('organization', values, { allowLocked: true });
  if ((record.name ?? null) === null) throw new AppError('bad_args', T.problem(null, EDIT_TEXT.organization.name, EDIT_TEXT.required));
  const code = (record.code as string | null | undefined) ?? newCode(db);
  if (db.prepare('SELECT 1 FROM organizations WHERE code = ?').get(code)) throw new AppError('conflict', T.codeTaken(code));
  const name = String(record.name);
  return runAction(db, { source: 'edit', label: T.labelOrgAdd(name) }, (w) =>
    w.insert('organization', { status: 'active', ...record, code, level, parent_id: parentId }, () => `«${name}»`),
  );
}

export function moveOrganization(db: Database, id: number, parentId: number): ActionOutcome<null> {
  const moving = org(db, id);
  if (moving.row.parent_id === null) throw new AppError('conflict', T.moveRoot);
  if (parentId === id) throw new AppError('conflict', T.moveSelf(moving.name));
  const parent = org(db, parentId);
  if (moving.row.parent_id === parentId) throw new AppError('conflict', T.moveSame(moving.name, parent.name));
  // Walk up from the new parent: meeting the organization itself would close a cycle.
  const seen = new Set<number>();
  for (let at: number | null = parentId; at !== null && !seen.has(at); ) {
    if (at === id) throw new AppError('conflict', T.moveCycle(moving.name, parent.name));
    seen.add(at);
    at = (db.prepare('SELECT parent_id FROM organizations WHERE id = ?').pluck().get(at) as number | null | undefined) ?? null;
  }
  checkLevel(parent.row, parent.name, moving.row.level as OrgLevel);
  return runAction(db, { source: 'edit', label: T.labelOrgMove(moving.name, parent.name) }, (w) => {
    w.update('organization', id, { parent_id: parentId }, (r) => describeRecord('organization', id, r));
    return null;
  });
}

export function liquidateOrganization(db: Database, id: number): ActionOutcome<null> {
  const target = org(db, id);
  if (target.row.status === 'liquidated') throw new AppError('conflict', T.alreadyLiquidated(target.name));
  return runAction(db, { source: 'edit', label: T.labelOrgLiquidate(target.name) }, (w) => {
    w.update('organization', id, { status: 'liquidated' }, (r) => describeRecord('organization', id, r));
    return null;
  });
}

export function deleteOrganization(db: Database, id: number): ActionOutcome<null> {
  const target = org(db, id);
  const members = db.prepare('SELECT count(*) FROM members WHERE org_id = ?').pluck().get(id) as number;
  const children = db.prepare('SELECT count(*) FROM organizations WHERE parent_id = ?').pluck().get(id) as number;
  if (members > 0 || children > 0) throw new AppError('conflict', T.deleteNotEmpty(target.name, members, children));
  return runAction(db, { source: 'edit', label: T.labelOrgDelete(target.name) }, (w) => {
    w.remove('organization', id, (r) => describeRecord('organization', id, r));
    return null;
  });
}
