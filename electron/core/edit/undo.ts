// Undo and redo over the action log kept in the file, so they survive closing it. Undo takes
// the latest done action and puts every field back as it was (newest change first); redo takes
// the earliest undone one and writes its new values again. Each is one transaction, and each
// first checks that the record still holds what the log says it should — a value changed
// outside the log is never overwritten.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ActionSummary, UndoResult, UndoState } from '../../../shared/api/methods/edit';
import type { ChangeSource } from '../../../shared/domain/enums';
import { fieldByColumn, type Entity } from '../../../shared/edit/fields';
import { RECORD_FIELD } from './actions';
import { cached, describeRecord, derivedColumns, ENTITY_TABLE, fromLogText, readRow, sameValue, type DbRow } from './tables';
import { EDIT_ENGINE_TEXT } from './strings';

interface ActionRecord {
  id: number;
  at: string;
  source: ChangeSource;
  label: string;
}

interface ChangeRecord {
  entity: Entity;
  entity_id: number;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

const summary = (a: ActionRecord | undefined): ActionSummary | null =>
  a ? { id: a.id, at: a.at, source: a.source, label: a.label } : null;

export function undoState(db: Database): UndoState {
  const undo = db.prepare('SELECT id, at, source, label FROM actions WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
    | ActionRecord
    | undefined;
  const redo = db.prepare('SELECT id, at, source, label FROM actions WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as
    | ActionRecord
    | undefined;
  return { undo: summary(undo), redo: summary(redo) };
}

/** Moves one record from `from` to `to` (values as the log keeps them); refuses on a conflict. */
function step(db: Database, c: ChangeRecord, from: string | null, to: string | null, conflict: (what: string) => AppError): void {
  const table = ENTITY_TABLE[c.entity];
  const row = readRow(db, c.entity, c.entity_id);
  const what = (reason?: string) => describeRecord(c.entity, c.entity_id, row) + (reason ? ` (${reason})` : '');

  if (c.field === RECORD_FIELD) {
    if (to === null) {
      // The record must be exactly as created (or restored) before it can go.
      if (!row) throw conflict(what(EDIT_ENGINE_TEXT.recordGone));
      try {
        db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(c.entity_id);
      } catch {
        throw conflict(what(EDIT_ENGINE_TEXT.recordInUse));
      }
    } else {
      if (row) throw conflict(what(EDIT_ENGINE_TEXT.recordExists));
      const record = JSON.parse(to) as DbRow;
      const columns = Object.keys(record);
      db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
        ...columns.map((k) => record[k] ?? null),
      );
    }
    return;
  }

  const label = fieldByColumn(c.entity, c.field)?.label ?? c.field;
  if (!row) throw conflict(what(EDIT_ENGINE_TEXT.recordGone));
  if (!sameValue(row[c.field] ?? null, fromLogText(db, c.entity, c.field, from))) {
    throw conflict(EDIT_ENGINE_TEXT.fieldOf(label, what()));
  }
  const value = fromLogText(db, c.entity, c.field, to);
  const write: DbRow = { [c.field]: value, ...derivedColumns(c.entity, { ...row, [c.field]: value }) };
  const columns = Object.keys(write);
  cached(db, `UPDATE ${table} SET ${columns.map((k) => `${k} = ?`).join(', ')} WHERE id = ?`).run(
    ...columns.map((k) => write[k] ?? null),
    c.entity_id,
  );
}

function changesOf(db: Database, actionId: number, order: 'ASC' | 'DESC'): ChangeRecord[] {
  return db
    .prepare(`SELECT entity, entity_id, field, old_value, new_value FROM changes WHERE action_id = ? ORDER BY id ${order}`)
    .all(actionId) as ChangeRecord[];
}

function entitiesOf(changes: readonly ChangeRecord[]): Entity[] {
  return [...new Set(changes.map((c) => c.entity))];
}

/**
 * Undo takes the latest done action and puts each field back (newest change first); redo takes
 * the earliest undone one and writes its new values again (oldest first).
 */
function replay(db: Database, direction: 'undo' | 'redo'): UndoResult {
  const undo = direction === 'undo';
  return db.transaction(() => {
    const action = db
      .prepare(`SELECT id, at, source, label FROM actions WHERE undone = ? ORDER BY id ${undo ? 'DESC' : 'ASC'} LIMIT 1`)
      .get(undo ? 0 : 1) as ActionRecord | undefined;
    if (!action) throw new AppError('not_found', undo ? EDIT_ENGINE_TEXT.nothingToUndo : EDIT_ENGINE_TEXT.nothingToRedo);
    const changes = changesOf(db, action.id, undo ? 'DESC' : 'ASC');
    const conflict = (what: string) =>
      new AppError('conflict', (undo ? EDIT_ENGINE_TEXT.undoConflict : EDIT_ENGINE_TEXT.redoConflict)(action.label, what));
    for (const c of changes) {
      if (undo) step(db, c, c.new_value, c.old_value, conflict);
      else step(db, c, c.old_value, c.new_value, conflict);
    }
    db.prepare('UPDATE actions SET undone = ? WHERE id = ?').run(undo ? 1 : 0, action.id);
    return { action: summary(action)!, entities: entitiesOf(changes), undo: undoState(db) };
  })();
}

export const undoLast = (db: Database): UndoResult => replay(db, 'undo');
export const redoNext = (db: Database): UndoResult => replay(db, 'redo');
