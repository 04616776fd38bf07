// What every kind of import needs while it runs: the file, whether it writes (commit) or only
// counts (preview), the log, the change log, and a pause between chunks for progress and cancel.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { DbValue, Entity } from '../../../../shared/edit/fields';
import type { ImportProblem } from '../../../../shared/api/methods/import';
import type { ConvertedRow } from '../convert';
import { cached, sameValue } from '../../edit/tables';
import { columnLabel, shownValue } from '../display';
import type { ImportKind } from '../fields';
import type { ImportLog } from '../report';
import { IMPORT_TEXT } from '../strings';

/** Rows between pauses: progress and cancel stay responsive inside a large read chunk. */
export const PAUSE_EVERY = 1000;

export interface RunContext {
  db: Database;
  /** false: a preview, nothing is written; true: inside the commit's transaction. */
  write: boolean;
  fileName: string;
  asOf: string;
  /** The time stamp of every change-log row of this import. */
  at: string;
  log: ImportLog;
  /** Called between chunks: reports progress, yields to the event loop, stops on cancel. */
  pause(rowsDone: number): Promise<void>;
}

export function problem(ctx: RunContext, row: number | null, message: string, column: string | null = null): ImportProblem {
  return { file: ctx.fileName, row, column, message, severity: 'error' };
}

/** Skips a converted row for a reason a runner found, with the problems its conversion found. */
export function refuse(ctx: RunContext, c: ConvertedRow, reason: string, message: string, column: string | null = null): void {
  ctx.log.skip(reason, [...c.problems, problem(ctx, c.row, message, column)]);
}

/** Skips a row its conversion refused: a row of another width, or an unreadable key value. */
export function refuseUnreadable(ctx: RunContext, c: ConvertedRow): void {
  // Only the width check leaves a problem without a column.
  ctx.log.skip(c.problems.some((p) => p.column === null) ? IMPORT_TEXT.reasons.width : IMPORT_TEXT.reasons.badValue, c.problems);
}

export function cancelledError(): AppError {
  return new AppError('cancelled', IMPORT_TEXT.cancelled);
}

/** One field change in the change log, with source «import» and no undo action. */
export function logChange(ctx: RunContext, entity: Entity, id: number, column: string, oldValue: DbValue, newValue: DbValue): void {
  if (!ctx.write) return;
  cached(
    ctx.db,
    `INSERT INTO changes (at, action_id, entity, entity_id, field, old_value, new_value, source)
     VALUES (?, NULL, ?, ?, ?, ?, ?, 'import')`,
  ).run(ctx.at, entity, id, column, oldValue === null ? null : String(oldValue), newValue === null ? null : String(newValue));
}

/** UPDATE of the given columns of one record (statement cached per column set). */
export function updateColumns(ctx: RunContext, table: 'members' | 'organizations', id: number, values: Record<string, DbValue>): void {
  const columns = Object.keys(values);
  // Column names come from the field definitions, never from the file's text.
  cached(ctx.db, `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
    ...columns.map((c) => values[c] ?? null),
    id,
  );
}

/** The file's values that differ from the stored record; `unchanged` names what else a kind
 * counts as no change (a name in other letter case, a column derived from others). */
export function changedColumns(
  stored: Readonly<Record<string, DbValue>>,
  values: Readonly<Record<string, DbValue>>,
  unchanged: (column: string, stored: DbValue, value: DbValue) => boolean = () => false,
): Record<string, DbValue> {
  const changes: Record<string, DbValue> = {};
  for (const [column, value] of Object.entries(values)) {
    const old = stored[column] ?? null;
    if (!sameValue(old, value) && !unchanged(column, old, value)) changes[column] = value;
  }
  return changes;
}

/** A stored record a file row changes, and how the preview names it. */
export interface RecordUpdate {
  kind: ImportKind;
  entity: Entity;
  id: number;
  stored: Readonly<Record<string, DbValue>>;
  /** The changed columns with their new values: each is written and logged. */
  changes: Readonly<Record<string, DbValue>>;
  /** Columns written with the changes but not logged: a normal form derived from them. */
  derived?: Readonly<Record<string, DbValue>>;
  row: number;
  key: string;
  name: string;
  /** A value as the preview shows it (the stored one and the new one); shownValue by default. */
  show?: (column: string, value: DbValue, side: 'old' | 'new') => string;
}

/** Counts the record as unchanged or updated, writes the changes, logs each field. */
export function writeUpdate(ctx: RunContext, u: RecordUpdate): void {
  const columns = Object.keys(u.changes);
  if (columns.length === 0) {
    ctx.log.counts.unchanged++;
    return;
  }
  ctx.log.counts.updated++;
  if (ctx.write) updateColumns(ctx, u.entity === 'member' ? 'members' : 'organizations', u.id, { ...u.changes, ...u.derived });
  const show = u.show ?? ((column: string, value: DbValue) => shownValue(u.entity, column, value));
  for (const column of columns) {
    const [oldValue, newValue] = [u.stored[column] ?? null, u.changes[column]!];
    logChange(ctx, u.entity, u.id, column, oldValue, newValue);
    ctx.log.update(() => ({
      row: u.row,
      key: u.key,
      name: u.name,
      field: columnLabel(u.kind, u.entity, column),
      old: show(column, oldValue, 'old'),
      new: show(column, newValue, 'new'),
    }));
  }
}
