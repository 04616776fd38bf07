// A record's history from the change log: its done actions, newest first. Undone actions are
// not history (their effect is gone); creation and deletion appear as the whole-record field.
import type { Database } from 'better-sqlite3';
import type { HistoryEntry } from '../../../shared/api/methods/edit';
import type { ChangeSource } from '../../../shared/domain/enums';
import { fieldByColumn, type Entity } from '../../../shared/edit/fields';
import { RECORD_FIELD } from './actions';

interface Row {
  id: number;
  action_id: number | null;
  at: string;
  source: ChangeSource;
  label: string | null;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

/** Columns changed only by operations (transfer, move): no field spec, but a field name all the same. */
const OPERATION_KEYS: Readonly<Record<string, string>> = { org_id: 'orgId', parent_id: 'parentId' };

function keyOf(entity: Entity, column: string): string {
  if (column === RECORD_FIELD) return RECORD_FIELD;
  return fieldByColumn(entity, column)?.key ?? OPERATION_KEYS[column] ?? column;
}

export function recordHistory(db: Database, entity: Entity, id: number, limit: number): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.action_id, c.at, c.source, a.label, c.field, c.old_value, c.new_value
         FROM changes c LEFT JOIN actions a ON a.id = c.action_id
        WHERE c.entity = ? AND c.entity_id = ? AND coalesce(a.undone, 0) = 0
        ORDER BY c.id DESC LIMIT ?`,
    )
    .all(entity, id, limit) as Row[];
  return rows.map((r) => ({
    changeId: r.id,
    actionId: r.action_id,
    at: r.at,
    source: r.source,
    label: r.label,
    field: keyOf(entity, r.field),
    // A whole record stays out of the answer: '' only says which side it was on.
    oldValue: r.field === RECORD_FIELD && r.old_value !== null ? '' : r.old_value,
    newValue: r.field === RECORD_FIELD && r.new_value !== null ? '' : r.new_value,
  }));
}
