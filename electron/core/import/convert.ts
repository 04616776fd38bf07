// One data row → the values of the mapped fields. A problem in a key field (the one that
// identifies or places a record) skips the row; elsewhere the value is dropped — or, for phones
// and e-mails, kept as typed — and the row loads with a warning.
import { cellText } from '../../../shared/values';
import type { ImportProblem } from '../../../shared/api/methods/import';
import { detach } from './detach';
import type { FieldDef } from './fields';
import type { ResolvedMapping } from './match/mapping';
import type { SourceRow, TableSource } from './read/types';
import { IMPORT_TEXT } from './strings';

/**
 * A row's values by field id, kept by the field's position in the mapping: `cells[base + i]` is
 * the value of mapping.fields[i], undefined or null where the cell is blank or its value was
 * dropped (a batch from the row thread is one flat array of rows, blanks as null).
 */
export class FieldValues {
  constructor(
    private readonly cells: readonly unknown[],
    private readonly base: number,
    private readonly positions: ReadonlyMap<string, number>,
  ) {}

  /** The value of the field at this position in the mapping; undefined when blank. */
  at(position: number): unknown {
    return this.cells[this.base + position] ?? undefined;
  }

  get(id: string): unknown {
    const i = this.positions.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

/** Field id → its position in the mapping: how FieldValues finds a value. */
export function fieldPositions(mapping: ResolvedMapping): ReadonlyMap<string, number> {
  return new Map(mapping.fields.flatMap((f, i) => (f ? [[f.id, i] as const] : [])));
}

export interface ConvertedRow {
  row: number;
  /** The mapped fields' values (booleans as they are); blank cells are absent. */
  values: FieldValues;
  problems: ImportProblem[];
  /** The row cannot be loaded (a key field is unreadable, or the row does not fit the header). */
  skip: boolean;
}

type Parse = FieldDef['parse'];
type ParseResult = ReturnType<Parse>;
type MemoKey = string | number | boolean;
const NO_PROBLEMS: ImportProblem[] = [];

/** Lookups after which a column's memo is kept only if it pays (enough repeated values). */
const MEMO_TRIAL = 4096;
const MEMO_MIN_HIT_RATE = 0.3;
/** Distinct texts a memo keeps: the first few thousand cover a column's repeats; a larger memo
 * was slower (its lookups miss the processor's cache) and held more memory. */
const MEMO_MAX = 4096;

/** Distinct texts found by comparing them in turn (yes/no, labels): cheaper than hashing a fresh text. */
const FEW_MAX = 8;

/** A text kept as a memo's key must not pin the chunk it was cut from. */
const keptKey = (input: MemoKey): MemoKey => (typeof input === 'string' ? detach(input) : input);

/**
 * One mapped column: its parser and a memo of parsed texts. Most columns repeat a few values
 * (да/нет, labels, dates, first names, codes): each distinct text is parsed once. A column's
 * first few distinct texts are kept in a short list; a ninth moves them into a map. A column of
 * unique values (phones, ids) drops its memo after a trial.
 */
class ColumnReader {
  private few: { keys: MemoKey[]; results: ParseResult[] } | null = { keys: [], results: [] };
  private memo: Map<MemoKey, ParseResult> | null = null;
  private lookups = 0;
  private hits = 0;

  constructor(
    readonly position: number,
    readonly field: FieldDef,
  ) {}

  parse(input: MemoKey | Date): ParseResult {
    if (input instanceof Date) return this.field.parse(input);
    const few = this.few;
    if (few !== null) {
      const { keys } = few;
      for (let i = 0; i < keys.length; i++) if (keys[i] === input) return few.results[i]!;
      const result = this.kept(this.field.parse(input));
      keys.push(keptKey(input));
      few.results.push(result);
      if (keys.length > FEW_MAX) {
        this.few = null;
        this.memo = new Map(keys.map((k, i) => [k, few.results[i]!]));
      }
      return result;
    }
    const memo = this.memo;
    if (memo === null) return this.field.parse(input);
    const known = memo.get(input);
    this.lookups++;
    if (known !== undefined) {
      this.hits++;
      return known;
    }
    const result = this.field.parse(input);
    if (this.lookups === MEMO_TRIAL && this.hits / this.lookups < MEMO_MIN_HIT_RATE) this.memo = null;
    else if (memo.size < MEMO_MAX) {
      const kept = this.kept(result);
      memo.set(keptKey(input), kept);
      return kept;
    }
    return result;
  }

  /** A result to keep in a memo: its text must not pin the chunk it was cut from. */
  private kept(result: ParseResult): ParseResult {
    return result.ok && typeof result.value === 'string' ? { ok: true as const, value: detach(result.value) } : result;
  }
}

/**
 * Where a converted row's values go: `cells[base + i]` for the mapping's field i. The row thread
 * gives each row its place in the batch's one flat array (no array a row, nothing copied after);
 * without it a row gets an array of its own.
 */
export interface RowSlots {
  cells: unknown[];
  base: number;
}

export type RowConverter = (source: SourceRow, into?: RowSlots) => ConvertedRow;

/** A converter for one pass over a file: the parsers of its mapped columns, memoized. */
export function rowConverter(table: Pick<TableSource, 'fileName' | 'format'>, mapping: ResolvedMapping): RowConverter {
  const { fileName } = table;
  // A CSV row has exactly the header's fields; a sheet row simply ends at its last value.
  const strictWidth = table.format === 'csv';
  const width = mapping.headers.length;
  const readers = mapping.fields.flatMap((f, i) => (f ? [new ColumnReader(i, f)] : []));
  const positions = fieldPositions(mapping);

  return (source, into) => {
    const { cells, row } = source;
    const slots = into?.cells ?? new Array<unknown>(width);
    const base = into?.base ?? 0;
    const values = new FieldValues(slots, base, positions);
    // A CSV row split into another number of fields: most often another delimiter or a stray quote.
    if (strictWidth && (cells.length > width ? cells.slice(width).some((c) => cellText(c) !== '') : cells.length === 1 && width > 1)) {
      return { row, values, problems: [{ file: fileName, row, column: null, message: IMPORT_TEXT.rows.width(cells.length, width), severity: 'error' }], skip: true };
    }
    // Most rows have no problem: their list is allocated only when one appears.
    let problems = NO_PROBLEMS;
    let skip = false;
    for (const reader of readers) {
      const input = cells[reader.position];
      // Blank is a value (null) for every parser: no need to ask.
      if (input === null || input === undefined || input === '') continue;
      const parsed = reader.parse(input);
      if (parsed.ok) {
        if (parsed.value !== null) slots[base + reader.position] = parsed.value;
        continue;
      }
      const { field } = reader;
      const column = mapping.headers[reader.position]!;
      let found: ImportProblem;
      if (field.keepInvalid) {
        const kept = field.keepInvalid(input);
        if (kept !== null) slots[base + reader.position] = kept;
        found = { file: fileName, row, column, message: IMPORT_TEXT.rows.keptAsIs(parsed.problem), severity: 'warning' };
      } else if (field.key) {
        skip = true;
        found = { file: fileName, row, column, message: parsed.problem, severity: 'error' };
      } else {
        found = { file: fileName, row, column, message: IMPORT_TEXT.rows.dropped(parsed.problem), severity: 'warning' };
      }
      if (problems === NO_PROBLEMS) problems = [found];
      else problems.push(found);
    }
    return { row, values, problems, skip };
  };
}
