import type { ConvertedRow } from '../convert';
import type { ResolvedMapping } from '../match/mapping';
import type { ImportRows } from '../rows/import-rows';
import { IMPORT_TEXT } from '../strings';
import { PAUSE_EVERY, type RunContext } from './context';

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
        ctx.log.skip(c.problems.some((p) => p.column === null) ? IMPORT_TEXT.reasons.width : IMPORT_TEXT.reasons.badValue, c.problems);
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
