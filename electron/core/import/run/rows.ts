import type { FullName } from '../../../../shared/values';
import type { ConvertedRow } from '../convert';
import type { ResolvedMapping } from '../match/mapping';
import type { ImportRows } from '../rows/import-rows';
import { PAUSE_EVERY, refuseUnreadable, type RunContext } from './context';
import type { DbValue } from '../../../../shared/edit/fields';

/** The mapped fields that fill a column of the record, as [position in the mapping, column]. */
export type ColumnPlan = readonly (readonly [number, string])[];

export function columnPlan(mapping: ResolvedMapping, except: readonly string[] = []): ColumnPlan {
  return mapping.fields.flatMap((f, i) => (f?.column && !except.includes(f.id) ? [[i, f.column] as const] : []));
}

/** A converted value as SQLite stores it: yes/no as 1/0. */
export function storedValue(v: unknown): DbValue {
  return typeof v === 'boolean' ? (v ? 1 : 0) : (v as DbValue);
}

/** The row's values in the record's columns, yes/no as 1/0; blank cells are left out. */
export function columnsOf(plan: ColumnPlan, c: ConvertedRow): Record<string, DbValue> {
  const out: Record<string, DbValue> = {};
  for (const [position, column] of plan) {
    const v = c.values.at(position);
    if (v !== undefined) out[column] = storedValue(v);
  }
  return out;
}

/** A one-cell full name fills the name columns (by name or by index) the file does not give on their own. */
export function fillNames<K extends string | number>(
  out: Record<K, DbValue | undefined>,
  full: FullName | undefined,
  [surname, name, patronymic]: readonly [K, K, K],
): void {
  if (!full) return;
  out[surname] ??= full.surname;
  out[name] ??= full.name;
  if (full.patronymic !== null) out[patronymic] ??= full.patronymic;
}

/**
 * The converted rows of an organizations or stat-report file, one by one: rows that cannot be
 * read are logged as skipped here, the run pauses (for progress and cancel) every PAUSE_EVERY
 * rows, and all rows read are counted. The members runner keeps its own loop: it is the hot path.
 */
export async function* convertedRows(ctx: RunContext, source: ImportRows): AsyncGenerator<ConvertedRow> {
  let rows = 0;
  for await (const batch of source.batches()) {
    for (const c of batch) {
      rows++;
      if (rows % PAUSE_EVERY === 0) {
        ctx.log.counts.rows = rows;
        await ctx.pause(rows);
      }
      if (c.skip) {
        refuseUnreadable(ctx, c);
        continue;
      }
      yield c;
    }
  }
  ctx.log.counts.rows = rows;
}

/** The file's header mapped to a field, or null when the field is not in the file. */
export function columnOf(mapping: ResolvedMapping, fieldId: string): string | null {
  const i = mapping.fields.findIndex((f) => f?.id === fieldId);
  return i < 0 ? null : mapping.headers[i]!;
}
