// Merging duplicates: one record stays, the others are removed from registration with the reason
// «дубликат»; for each field where they differ the user picks whose value the kept record gets.
// All of it is ONE undoable action in the change log. An AIS id moved to the kept record is first
// cleared on the removed one (the file allows each id once).
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { ActionResult } from '../../../../shared/api/methods/edit';
import { fieldByKey } from '../../../../shared/edit/fields';
import { MERGE_FIELDS } from '../../../../shared/quality/merge';
import { toIsoDate } from '../../../../shared/ru';
import { applyFieldChanges, toResult, type FieldChange } from '../../edit/apply';
import { Problems } from '../../edit/problems';
import { describeRecord, readRow, type DbRow } from '../../edit/tables';
import { QUALITY_ENGINE_TEXT as T } from '../strings';

export interface MergeRequest {
  keepId: number;
  removeIds: readonly number[];
  /** Field (API key) → the id of the record whose value the kept record gets. */
  choices: Readonly<Record<string, number>>;
}

export function mergeDuplicates(db: Database, req: MergeRequest, now = new Date()): ActionResult {
  if (req.removeIds.includes(req.keepId)) throw new AppError('bad_args', T.mergeSame);
  const problems = new Problems();
  const rows = new Map<number, DbRow>();
  for (const id of [req.keepId, ...new Set(req.removeIds)]) {
    const row = readRow(db, 'member', id);
    if (!row) problems.add(T.mergeNotFound(id));
    else if (row.removed_on !== null) problems.add(T.mergeRemoved(describeRecord('member', id, row)));
    else rows.set(id, row);
  }
  for (const [field, source] of Object.entries(req.choices)) {
    const spec = fieldByKey('member', field);
    if (!spec || !MERGE_FIELDS.includes(field)) problems.add(T.mergeField(spec?.label ?? field));
    else if (source !== req.keepId && !req.removeIds.includes(source)) problems.add(T.mergeSource(spec.label, source));
  }
  problems.throwIfAny();

  const keep = rows.get(req.keepId)!;
  const first: FieldChange[] = [];
  const last: FieldChange[] = [];
  for (const [field, source] of Object.entries(req.choices)) {
    if (source === req.keepId) continue;
    const column = fieldByKey('member', field)!.column;
    const value = rows.get(source)![column] ?? null;
    if (value === (keep[column] ?? null)) continue;
    if (field === 'aisId' && value !== null) first.push({ entity: 'member', id: source, field: 'aisId', value: null });
    last.push({ entity: 'member', id: req.keepId, field, value });
  }
  const today = toIsoDate(now);
  const removed = [...rows.keys()].filter((id) => id !== req.keepId);
  for (const id of removed) {
    first.push({ entity: 'member', id, field: 'removedOn', value: today }, { entity: 'member', id, field: 'removalReason', value: 'duplicate' });
  }
  const label = T.mergeLabel(describeRecord('member', req.keepId, keep), removed.length);
  return toResult(db, applyFieldChanges(db, { source: 'fix', label }, [...first, ...last], { allowLocked: true }));
}
