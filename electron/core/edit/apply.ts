// Field changes from any source (a typed cell, a paste, a bulk edit, an import, a quality fix)
// become one action: every value is read with its field's parser, every problem is collected,
// and either all changes are written in one transaction or none is.
import type { Database } from 'better-sqlite3';
import type { ActionResult } from '../../../shared/api/methods/edit';
import { fieldByKey, readFieldValue, type Entity, type FieldSpec } from '../../../shared/edit/fields';
import { EDIT_TEXT } from '../../../shared/edit/strings';
import type { CellInput } from '../../../shared/values';
import { runAction, type ActionMeta, type ActionOutcome, type ActionWriter } from './actions';
import { checkRecord, touchesRules } from './checks';
import { describeRecord, readRow, type DbRow } from './tables';
import { Problems } from './problems';
import { EDIT_ENGINE_TEXT } from './strings';
import { undoState } from './undo';

export interface FieldChange {
  entity: Entity;
  id: number;
  /** The API field: 'email', 'cardStatus', 'chairTermEnd'… */
  field: string;
  value: CellInput;
}

export interface ApplyOptions {
  /** Import and fixes may set fields the grid never types into (removal date, level…). */
  allowLocked?: boolean;
}

function specOf(entity: Entity, field: string, options: ApplyOptions): FieldSpec | string {
  const spec = fieldByKey(entity, field);
  if (!spec) return EDIT_TEXT.unknownField(field);
  if (!spec.editable && !options.allowLocked) return EDIT_TEXT.readOnly;
  return spec;
}

function who(db: Database, entity: Entity, id: number): string {
  return describeRecord(entity, id, readRow(db, entity, id));
}

/** Reads field values into the file's columns; a problem with any of them refuses them all. */
function readValues(
  entity: Entity,
  values: Readonly<Record<string, CellInput>>,
  options: ApplyOptions,
  problems: Problems,
  whom: () => string | null,
): DbRow {
  const row: DbRow = {};
  for (const [field, input] of Object.entries(values)) {
    const spec = specOf(entity, field, options);
    if (typeof spec === 'string') {
      problems.add(EDIT_ENGINE_TEXT.problem(whom(), field, spec));
      continue;
    }
    const read = readFieldValue(spec, input);
    if (read.ok) row[spec.column] = read.value;
    else problems.add(EDIT_ENGINE_TEXT.problem(whom(), spec.label, read.problem));
  }
  return row;
}

/** Reads the values of one new or changed record; throws with every problem listed. */
export function readRecordValues(entity: Entity, values: Readonly<Record<string, CellInput>>, options: ApplyOptions = {}): DbRow {
  const problems = new Problems();
  const row = readValues(entity, values, options, problems, () => null);
  problems.throwIfAny();
  return row;
}

/** Adds the problem of a written record's cross-field rules, if one is broken. */
export function checkWritten(db: Database, entity: Entity, id: number, problems: Problems): void {
  const broken = checkRecord(entity, readRow(db, entity, id)!);
  if (broken) problems.add(EDIT_ENGINE_TEXT.problem(who(db, entity, id), fieldByKey(entity, broken.field)!.label, broken.problem));
}

/** Writes grouped values and checks each touched record's cross-field rules. */
function writeAll(db: Database, w: ActionWriter, groups: Iterable<{ entity: Entity; id: number; values: DbRow }>): void {
  const problems = new Problems();
  for (const { entity, id, values } of groups) {
    if (w.update(entity, id, values, (row) => describeRecord(entity, id, row)) === 0) continue;
    if (touchesRules(entity, Object.keys(values))) checkWritten(db, entity, id, problems);
  }
  problems.throwIfAny();
}

export function toResult(db: Database, outcome: ActionOutcome<unknown>, id: number | null = null): ActionResult {
  return { action: outcome.action, changed: outcome.changed, id, undo: undoState(db) };
}

/** Applies field changes of any records as one action (the general entry for every feature). */
export function applyFieldChanges(
  db: Database,
  meta: ActionMeta,
  changes: readonly FieldChange[],
  options: ApplyOptions = {},
): ActionOutcome<null> {
  const problems = new Problems();
  const groups = new Map<string, { entity: Entity; id: number; values: DbRow }>();
  for (const change of changes) {
    const key = `${change.entity}:${change.id}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { entity: change.entity, id: change.id, values: {} }));
    const whom = () => who(db, change.entity, change.id);
    Object.assign(group.values, readValues(change.entity, { [change.field]: change.value }, options, problems, whom));
  }
  problems.throwIfAny();
  return runAction(db, meta, (w) => {
    writeAll(db, w, groups.values());
    return null;
  });
}

/** Sets the same values on many records (bulk edit, fill down, clearing cells) as one action. */
export function setManyFields(
  db: Database,
  meta: ActionMeta,
  entity: Entity,
  ids: readonly number[],
  values: Readonly<Record<string, CellInput>>,
  options: ApplyOptions = {},
): ActionOutcome<null> {
  const row = readRecordValues(entity, values, options);
  const unique = [...new Set(ids)];
  return runAction(db, meta, (w) => {
    writeAll(db, w, unique.map((id) => ({ entity, id, values: row })));
    return null;
  });
}
