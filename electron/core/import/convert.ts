// One data row → the values of the mapped fields. A problem in a key field (the one that
// identifies or places a record) skips the row; elsewhere the value is dropped — or, for phones
// and e-mails, kept as typed — and the row loads with a warning.
import { cellText } from '../../../shared/values';
import type { ImportProblem } from '../../../shared/api/methods/import';
import { detach } from './detach';
import type { FieldDef } from './fields';
import type { ResolvedMapping } from './match/mapping';
import type { SourceRow } from './read/types';
import { IMPORT_TEXT } from './strings';

export interface ConvertedRow {
  row: number;
  /** field id → value (booleans as they are); blank cells are absent. */
  values: Map<string, unknown>;
  problems: ImportProblem[];
  /** The row cannot be loaded (a key field is unreadable, or the row does not fit the header). */
  skip: boolean;
}

type Parse = FieldDef['parse'];
const NO_PROBLEMS: ImportProblem[] = [];
type ParseResult = ReturnType<Parse>;

/** Lookups after which a column's memo is kept only if it pays (enough repeated values). */
const MEMO_TRIAL = 4096;
const MEMO_MIN_HIT_RATE = 0.3;
const MEMO_MAX = 50_000;

/**
 * Most columns repeat a few values (да/нет, labels, dates, first names, codes): each distinct
 * text is parsed once. A column of unique values (phones, ids) drops its memo after a trial.
 */
function memoized(parse: Parse): Parse {
  let memo: Map<string | number | boolean, ParseResult> | null = new Map();
  let lookups = 0;
  let hits = 0;
  return (input) => {
    if (memo === null || input === null || input === undefined || input instanceof Date) return parse(input);
    const known = memo.get(input);
    lookups++;
    if (known !== undefined) {
      hits++;
      return known;
    }
    const result = parse(input);
    if (lookups === MEMO_TRIAL && hits / lookups < MEMO_MIN_HIT_RATE) memo = null;
    else if (memo.size < MEMO_MAX) {
      const kept = result.ok && typeof result.value === 'string' ? { ok: true as const, value: detach(result.value) } : result;
      memo.set(typeof input === 'string' ? detach(input) : input, kept);
      return kept;
    }
    return result;
  };
}

export type RowConverter = (source: SourceRow) => ConvertedRow;

/** A converter for one pass over a file: the parsers of its mapped columns, memoized. */
export function rowConverter(fileName: string, mapping: ResolvedMapping, strictWidth: boolean): RowConverter {
  const parsers = mapping.fields.map((f) => (f ? memoized(f.parse) : null));
  return (source) => convertRow(fileName, mapping, source, strictWidth, parsers);
}

function convertRow(
  fileName: string,
  mapping: ResolvedMapping,
  source: SourceRow,
  strictWidth: boolean,
  parsers: readonly (Parse | null)[],
): ConvertedRow {
  const values = new Map<string, unknown>();
  // Most rows have no problem: their list is allocated only when one appears.
  let problems: ImportProblem[] = NO_PROBLEMS;
  const problem = (p: ImportProblem) => (problems === NO_PROBLEMS ? (problems = [p]) : problems.push(p));
  let skip = false;
  const { cells, row } = source;
  const width = mapping.headers.length;
  // A CSV row split into another number of fields: most often another delimiter or a stray quote.
  if (strictWidth && (cells.length > width ? cells.slice(width).some((c) => cellText(c) !== '') : cells.length === 1 && width > 1)) {
    return { row, values, problems: [{ file: fileName, row, column: null, message: IMPORT_TEXT.rows.width(cells.length, width), severity: 'error' }], skip: true };
  }
  for (let i = 0; i < width; i++) {
    const field = mapping.fields[i];
    if (!field) continue;
    const input = cells[i] ?? null;
    const parsed = parsers[i]!(input);
    if (parsed.ok) {
      if (parsed.value !== null) values.set(field.id, parsed.value);
      continue;
    }
    const column = mapping.headers[i]!;
    if (field.keepInvalid) {
      const kept = field.keepInvalid(input);
      if (kept !== null) values.set(field.id, kept);
      problem({ file: fileName, row, column, message: IMPORT_TEXT.rows.keptAsIs(parsed.problem), severity: 'warning' });
    } else if (field.key) {
      skip = true;
      problem({ file: fileName, row, column, message: parsed.problem, severity: 'error' });
    } else {
      problem({ file: fileName, row, column, message: IMPORT_TEXT.rows.dropped(parsed.problem), severity: 'warning' });
    }
  }
  return { row, values, problems, skip };
}
