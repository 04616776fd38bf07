import { rowConverter, type ConvertedRow } from '../convert';
import type { ResolvedMapping } from '../match/mapping';
import type { ImportSource } from '../source';
import { IMPORT_TEXT } from '../strings';
import { PAUSE_EVERY, type RunContext } from './context';

/**
 * The converted rows of an organizations or stat-report file, one by one: rows that cannot be
 * read are logged as skipped here, the run pauses (for progress and cancel) every PAUSE_EVERY
 * rows, and all rows read are counted. The members runner keeps its own loop: it is the hot path.
 */
export async function* convertedRows(ctx: RunContext, source: ImportSource, mapping: ResolvedMapping): AsyncGenerator<ConvertedRow> {
  const convert = rowConverter(ctx.fileName, mapping, source.table.format === 'csv');
  let rows = 0;
  for await (const batch of source.data()) {
    for (const sourceRow of batch) {
      rows++;
      if (rows % PAUSE_EVERY === 0) {
        ctx.log.counts.rows = rows;
        await ctx.pause(rows);
      }
      const c = convert(sourceRow);
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
