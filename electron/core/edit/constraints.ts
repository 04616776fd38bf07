// The file's own checks (CHECK, UNIQUE, FOREIGN KEY) are the last line of defence: when one
// refuses a write, the user gets the field and the record in Russian, not SQLite's English.
import { AppError } from '../../../shared/api/errors';
import { EDIT_TEXT } from '../../../shared/edit/strings';
import { fieldByColumn, type DbValue, type Entity } from '../../../shared/edit/fields';
import { EDIT_ENGINE_TEXT } from './strings';

function sqliteCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

export function constraintProblem(
  err: unknown,
  entity: Entity,
  who: string,
  columns: readonly string[],
  values: Readonly<Record<string, DbValue>>,
): unknown {
  const code = sqliteCode(err);
  if (!code.startsWith('SQLITE_CONSTRAINT')) return err;
  const message = err instanceof Error ? err.message : '';
  // SQLite names the column: «UNIQUE constraint failed: members.ais_id», «CHECK constraint failed: stat_members >= 0».
  const column = columns.find((c) => new RegExp(`\\b${c}\\b`).test(message)) ?? columns[0];
  const spec = column ? fieldByColumn(entity, column) : undefined;
  const label = spec?.label ?? column ?? '';
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppError('conflict', `${who}: ${EDIT_ENGINE_TEXT.recordInUse}.`);
  }
  const problem =
    code === 'SQLITE_CONSTRAINT_UNIQUE' && column ? EDIT_TEXT.notUnique(String(values[column] ?? '')) : EDIT_TEXT.constraint;
  return new AppError('conflict', EDIT_ENGINE_TEXT.problem(who, label, problem));
}
