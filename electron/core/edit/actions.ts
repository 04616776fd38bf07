// The one way the registry's data changes: an action. Everything an action does runs in ONE
// transaction and is written to the change log field by field (old and new value), under one
// `actions` row that undo and redo work on. Import and data-quality fixes use the same writer.
import type { Database } from 'better-sqlite3';
import type { ChangeSource } from '../../../shared/domain/enums';
import type { ActionSummary } from '../../../shared/api/methods/edit';
import type { Entity } from '../../../shared/edit/fields';
import { AppError } from '../../../shared/api/errors';
import { cached, derivedColumns, ENTITY_TABLE, readRow, sameValue, toLogText, type DbRow } from './tables';
import { EDIT_ENGINE_TEXT } from './strings';
import { constraintProblem } from './constraints';

/** The change-log field of a whole record: created (old NULL) or deleted (new NULL), as JSON. */
export const RECORD_FIELD = '*';

export interface ActionMeta {
  source: ChangeSource;
  /** What the undo button and the history call this action, in Russian. */
  label: string;
}

/** Writes records and logs every changed field under the current action. */
export class ActionWriter {
  /** Fields actually changed (a value set to what it already was is not a change). */
  changed = 0;
  private readonly logStmt;

  constructor(
    private readonly db: Database,
    readonly actionId: number,
    readonly at: string,
    readonly source: ChangeSource,
  ) {
    this.logStmt = cached(
      db,
      `INSERT INTO changes (at, action_id, entity, entity_id, field, old_value, new_value, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  private log(entity: Entity, id: number, field: string, oldValue: string | null, newValue: string | null): void {
    this.logStmt.run(this.at, this.actionId, entity, id, field, oldValue, newValue, this.source);
    this.changed++;
  }

  private updateStmt(entity: Entity, columns: string[]) {
    // Column names come from the field specs and the schema, never from a caller's text.
    return cached(this.db, `UPDATE ${ENTITY_TABLE[entity]} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
  }

  /** Sets columns of one record; returns how many really changed. Throws if it does not exist. */
  update(entity: Entity, id: number, values: DbRow, describe: (row: DbRow | undefined) => string): number {
    const row = readRow(this.db, entity, id);
    if (!row) throw new AppError('not_found', EDIT_ENGINE_TEXT.notFound(describe(undefined)));
    const changes = Object.entries(values).filter(([column, value]) => !sameValue(row[column] ?? null, value));
    if (changes.length === 0) return 0;
    const next: DbRow = { ...row, ...Object.fromEntries(changes) };
    const write: DbRow = { ...Object.fromEntries(changes), ...derivedColumns(entity, next) };
    const columns = Object.keys(write).filter((c) => !sameValue(row[c] ?? null, write[c] ?? null));
    try {
      this.updateStmt(entity, columns).run(...columns.map((c) => write[c] ?? null), id);
    } catch (err) {
      throw constraintProblem(err, entity, describe(row), changes.map(([c]) => c), values);
    }
    for (const [column, value] of changes) this.log(entity, id, column, toLogText(row[column] ?? null), toLogText(value));
    return changes.length;
  }

  /** Inserts a record (its id chosen by the file unless given); logged as one whole-record change. */
  insert(entity: Entity, values: DbRow, describe: () => string): number {
    const record: DbRow = { ...values, ...derivedColumns(entity, values) };
    const columns = Object.keys(record);
    let id: number;
    try {
      const info = this.db
        .prepare(`INSERT INTO ${ENTITY_TABLE[entity]} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
        .run(...columns.map((c) => record[c] ?? null));
      id = Number(info.lastInsertRowid);
    } catch (err) {
      throw constraintProblem(err, entity, describe(), columns, record);
    }
    const stored = readRow(this.db, entity, id)!;
    this.log(entity, id, RECORD_FIELD, null, JSON.stringify(stored));
    return id;
  }

  /** Deletes a record, keeping it whole in the log so that undo can put it back. */
  remove(entity: Entity, id: number, describe: (row: DbRow | undefined) => string): void {
    const row = readRow(this.db, entity, id);
    if (!row) throw new AppError('not_found', EDIT_ENGINE_TEXT.notFound(describe(undefined)));
    try {
      this.db.prepare(`DELETE FROM ${ENTITY_TABLE[entity]} WHERE id = ?`).run(id);
    } catch (err) {
      throw constraintProblem(err, entity, describe(row), [], {});
    }
    this.log(entity, id, RECORD_FIELD, JSON.stringify(row), null);
  }
}

export interface ActionOutcome<R> {
  /** The recorded action; null when nothing changed (no action is kept, redo stays as it was). */
  action: ActionSummary | null;
  changed: number;
  result: R;
}

/**
 * Runs `body` as one action in one transaction. A new action that changes something ends the
 * redo history (as in Excel); one that changes nothing leaves no trace.
 */
export function runAction<R>(db: Database, meta: ActionMeta, body: (w: ActionWriter) => R): ActionOutcome<R> {
  return db.transaction(() => {
    const at = new Date().toISOString();
    const actionId = Number(
      db.prepare('INSERT INTO actions (at, source, label) VALUES (?, ?, ?)').run(at, meta.source, meta.label).lastInsertRowid,
    );
    const writer = new ActionWriter(db, actionId, at, meta.source);
    const result = body(writer);
    if (writer.changed === 0) {
      db.prepare('DELETE FROM actions WHERE id = ?').run(actionId);
      return { action: null, changed: 0, result };
    }
    discardRedo(db);
    return { action: { id: actionId, at, source: meta.source, label: meta.label }, changed: writer.changed, result };
  })();
}

/** Forgets the undone actions: once something new is done they can no longer be redone. */
function discardRedo(db: Database): void {
  db.prepare('DELETE FROM changes WHERE action_id IN (SELECT id FROM actions WHERE undone = 1)').run();
  db.prepare('DELETE FROM actions WHERE undone = 1').run();
}
