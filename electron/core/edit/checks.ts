// Rules across fields of one record, checked after an action's writes and before its commit:
// a rule broken anywhere refuses the whole action.
import type { Entity } from '../../../shared/edit/fields';
import { EDIT_TEXT } from '../../../shared/edit/strings';
import { toIsoDate } from '../../../shared/ru';
import type { DbRow } from './tables';

export interface RecordProblem {
  field: string;
  problem: string;
}

/** Columns the rules read: a write touching none of them cannot break a rule. */
const RULE_COLUMNS: Record<Entity, readonly string[]> = {
  member: ['birth_date'],
  organization: ['chair_term_start', 'chair_term_end'],
};

export function touchesRules(entity: Entity, columns: readonly string[]): boolean {
  return columns.some((c) => RULE_COLUMNS[entity].includes(c));
}

export function checkRecord(entity: Entity, row: DbRow, today = toIsoDate(new Date())): RecordProblem | null {
  if (entity === 'member') {
    const birth = row.birth_date;
    if (typeof birth === 'string' && birth > today) return { field: 'birthDate', problem: EDIT_TEXT.birthInFuture };
    return null;
  }
  const start = row.chair_term_start;
  const end = row.chair_term_end;
  if (typeof start === 'string' && typeof end === 'string' && end < start) return { field: 'chairTermEnd', problem: EDIT_TEXT.termOrder };
  return null;
}
