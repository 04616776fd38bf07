// A streaming CSV parser with Excel's rules: a field that starts with a quote runs to the
// closing quote (line breaks and delimiters included), a doubled quote inside is one quote,
// lines end with CRLF, LF or CR. Chunks may cut a field or a CRLF anywhere.

export const MAX_FIELD = 1_000_000;
export const MAX_COLUMNS = 2000;

export type CsvLimit = 'field' | 'columns';

export class CsvLimitError extends Error {
  constructor(
    readonly limit: CsvLimit,
    readonly record: number,
  ) {
    super(limit);
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Where `char` next occurs in `text` from `from`, or `text.length`. */
function nextOf(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

export class CsvParser {
  private readonly delimiter: number;
  private readonly delimiterChar: string;
  private row: string[] = [];
  private field = '';
  private inQuotes = false;
  /** The previous character was a quote inside a quoted field: a doubled quote or the end. */
  private quotePending = false;
  private fieldQuoted = false;
  private skipLf = false;
  private rowHasContent = false;
  /** Records started so far: the number the user sees for the current one. */
  record = 1;

  constructor(
    delimiter: string,
    private readonly onRow: (cells: string[], record: number) => void,
  ) {
    this.delimiterChar = delimiter.charAt(0);
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    const d = this.delimiter;
    let i = 0;
    const n = chunk.length;
    // The next delimiter, LF and CR of this chunk, found by indexOf (several times faster than
    // looking at each character) and kept until the reading passes them.
    let nextDelimiter = -1;
    let nextLf = -1;
    let nextCr = -1;
    if (this.skipLf && n > 0) {
      this.skipLf = false;
      if (chunk.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (chunk.charCodeAt(i) === QUOTE) {
            this.field += '"';
            i++;
            continue;
          }
          this.inQuotes = false; // the quote closed the field; fall through to unquoted mode
          continue;
        }
        const q = chunk.indexOf('"', i);
        if (q < 0) {
          this.append(chunk.slice(i));
          return;
        }
        this.append(chunk.slice(i, q));
        this.quotePending = true;
        i = q + 1;
        continue;
      }
      // Unquoted: copy the run up to the next delimiter or line break in one slice. A quote opens
      // a quoted field only where a field starts; anywhere else it is an ordinary character.
      let j = i;
      if (chunk.charCodeAt(i) !== QUOTE || this.field !== '' || this.fieldQuoted) {
        if (nextDelimiter < i) nextDelimiter = nextOf(chunk, this.delimiterChar, i);
        if (nextLf < i) nextLf = nextOf(chunk, '\n', i);
        if (nextCr < i) nextCr = nextOf(chunk, '\r', i);
        j = Math.min(nextDelimiter, nextLf, nextCr);
      }
      if (j > i) {
        this.append(chunk.slice(i, j));
        i = j;
        if (i >= n) return;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) {
        this.inQuotes = true;
        this.fieldQuoted = true;
        this.rowHasContent = true;
        i++;
      } else if (c === d) {
        this.endField();
        i++;
      } else {
        this.endRow();
        i++;
        if (c === CR) {
          if (i < n) {
            if (chunk.charCodeAt(i) === LF) i++;
          } else this.skipLf = true;
        }
      }
    }
  }

  /** The end of the input: a last line without a line break still counts. */
  end(): void {
    if (this.inQuotes && !this.quotePending) throw new CsvLimitError('field', this.record);
    this.inQuotes = false;
    this.quotePending = false;
    if (this.rowHasContent || this.row.length > 0 || this.field !== '') this.endRow();
  }

  private append(text: string): void {
    if (text.length === 0) return;
    this.field += text;
    this.rowHasContent = true;
    if (this.field.length > MAX_FIELD) throw new CsvLimitError('field', this.record);
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.fieldQuoted = false;
    this.rowHasContent = true;
    if (this.row.length > MAX_COLUMNS) throw new CsvLimitError('columns', this.record);
  }

  private endRow(): void {
    this.row.push(this.field);
    const cells = this.row;
    const record = this.record;
    this.row = [];
    this.field = '';
    this.fieldQuoted = false;
    this.rowHasContent = false;
    this.record++;
    this.onRow(cells, record);
  }
}
