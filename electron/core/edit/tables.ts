// Where each entity lives in the file and what its columns hold, read from the schema itself so
// that a value kept as text in the change log goes back as the right SQLite type.
import type { Database, Statement } from 'better-sqlite3';
import { normalizeFio } from '../../../shared/domain/fio';
import type { DbValue, Entity } from '../../../shared/edit/fields';
import { initialsOf } from '../../../shared/ru';
import { EDIT_ENGINE_TEXT } from './strings';

export const ENTITY_TABLE: Readonly<Record<Entity, 'members' | 'organizations'>> = {
  member: 'members',
  organization: 'organizations',
};

export type DbRow = Record<string, DbValue>;

const integerColumns = new WeakMap<Database, Map<string, Set<string>>>();

/** Columns declared INTEGER in a table (STRICT tables refuse text there). */
function integers(db: Database, table: string): Set<string> {
  let perDb = integerColumns.get(db);
  if (!perDb) integerColumns.set(db, (perDb = new Map()));
  let set = perDb.get(table);
  if (!set) {
    const cols = db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[];
    set = new Set(cols.filter((c) => c.type.toUpperCase() === 'INTEGER').map((c) => c.name));
    perDb.set(table, set);
  }
  return set;
}

/** The change log keeps values as text; this turns one back into its column's type. */
export function fromLogText(db: Database, entity: Entity, column: string, text: string | null): DbValue {
  if (text === null) return null;
  return integers(db, ENTITY_TABLE[entity]).has(column) ? Number(text) : text;
}

/** The form a value takes in the change log: text, or NULL. */
export function toLogText(value: DbValue): string | null {
  return value === null ? null : String(value);
}

/** Same value as the file compares it (1 and '1' differ by type only in the log). */
export function sameValue(a: DbValue, b: DbValue): boolean {
  return a === b || (a !== null && b !== null && String(a) === String(b));
}

/** Columns computed from others and never logged: the normal form of a member's name. */
export function derivedColumns(entity: Entity, row: DbRow): DbRow {
  if (entity !== 'member') return {};
  return { fio_norm: normalizeFio(String(row.surname ?? ''), String(row.name ?? ''), row.patronymic as string | null) };
}

const statements = new WeakMap<Database, Map<string, Statement>>();

/** A prepared statement kept per file: bulk actions run the same few statements thousands of times. */
export function cached(db: Database, sql: string): Statement {
  let perDb = statements.get(db);
  if (!perDb) statements.set(db, (perDb = new Map()));
  let stmt = perDb.get(sql);
  if (!stmt) perDb.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

export function readRow(db: Database, entity: Entity, id: number): DbRow | undefined {
  return cached(db, `SELECT * FROM ${ENTITY_TABLE[entity]} WHERE id = ?`).get(id) as DbRow | undefined;
}

/** How a refusal names a record: «Иванова А.П., № 12» or «ППО школы № 1». */
export function describeRecord(entity: Entity, id: number, row: DbRow | undefined): string {
  if (entity === 'member') {
    const fio = row
      ? `${String(row.surname ?? '')} ${initialsOf({ surname: String(row.surname ?? ''), name: row.name as string | null, patronymic: row.patronymic as string | null })}`.trim()
      : null;
    return EDIT_ENGINE_TEXT.memberRef(id, fio);
  }
  return EDIT_ENGINE_TEXT.orgRef(id, row ? (row.short_name as string | null) || (row.name as string | null) : null);
}
