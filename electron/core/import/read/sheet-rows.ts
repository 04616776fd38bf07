// The rows of a worksheet part (<sheetData>), scanned chunk by chunk from its XML bytes. Cell
// values: shared (t="s") and inline (t="inlineStr") strings and formula text results (t="str")
// as text; booleans (t="b"); error codes (t="e") as their text, e.g. «#N/A»; ISO dates (t="d")
// as the text given, which the date fields read; anything else as a number. Styles are not read,
// so a date formatted as a date arrives as its Excel serial number. Formulas give their saved
// result. Cells without an «r» follow the previous one, rows without one the previous row; cells
// left out are null; a row with no values gives no cells.
import { PieceScanner } from './xml-pieces';
import { bytesAre, integerIn, TagReader } from './xml-tags';
import { elementText } from './xml-text';
import type { Cell, SourceRow } from './types';

const A = 65;
const Z = 90;
const LOWER = 32;
/** Excel's last column, XFD: a reference beyond it is not a cell (and must not grow a row). */
const MAX_COLUMN = 16_384;

type CellType = 'n' | 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd';
const ONE_LETTER_TYPES = new Map<number, CellType>((['s', 'b', 'e', 'd', 'n'] as const).map((t) => [t.charCodeAt(0), t]));

/** A column's last text and where its bytes are in the chunk being read. */
interface LastText {
  start: number;
  end: number;
  text: string;
}

function sameBytes(buf: Buffer, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (buf[a + k] !== buf[b + k]) return false;
  return true;
}

export class SheetRows extends PieceScanner {
  /** Rows read so far and not yet taken. */
  batch: SourceRow[] = [];
  private row = 0;
  private cells: Cell[] | null = null;
  private column = 0;
  private readonly inner = new TagReader();
  private readonly lastTexts: (LastText | undefined)[] = [];

  constructor(private readonly shared: readonly string[]) {
    super();
  }

  override feed(chunk: Buffer): void {
    // Remembered texts point into the chunk: a new chunk forgets them (and pins no old chunk).
    this.lastTexts.length = 0;
    super.feed(chunk);
  }

  take(): SourceRow[] {
    const rows = this.batch;
    this.batch = [];
    return rows;
  }

  protected tag(): void {
    const tags = this.tags;
    if (tags.closing) {
      if (tags.is('row')) this.endRow();
      else if (tags.is('sheetData')) this.finish();
    } else if (tags.is('c')) {
      this.cell();
    } else if (tags.is('row')) {
      this.row = (tags.attr('r') ? integerIn(tags.buf, tags.valueStart, tags.valueEnd) : NaN) || this.row + 1;
      this.cells = [];
      this.column = 0;
      if (tags.selfClosing) this.endRow();
    } else if (tags.is('sheetData') && tags.selfClosing) {
      this.finish();
    }
  }

  private endRow(): void {
    if (this.cells !== null) this.batch.push({ row: this.row, cells: this.cells });
    this.cells = null;
  }

  private finish(): void {
    this.endRow();
    this.finished = true;
  }

  /** The 1-based column of a reference at buf[from, to) («AB12» → 28); 0 without letters. */
  private static column(buf: Buffer, from: number, to: number): number {
    let column = 0;
    for (let i = from; i < to; i++) {
      const c = buf[i]! & ~LOWER;
      if (c < A || c > Z) break;
      column = column * 26 + (c - A + 1);
    }
    return column;
  }

  /** The cell type at buf[from, to); an unknown one reads as a number. */
  private static type(buf: Buffer, from: number, to: number): CellType {
    if (from < 0) return 'n';
    const length = to - from;
    const type = length === 1 ? ONE_LETTER_TYPES.get(buf[from]!) : length === 3 ? 'str' : length === 9 ? 'inlineStr' : undefined;
    return type !== undefined && bytesAre(buf, from, to, type) ? type : 'n';
  }

  private cell(): void {
    const tags = this.tags;
    tags.attrPair('r', 't');
    const buf = tags.buf;
    const column = (tags.firstStart >= 0 ? SheetRows.column(buf, tags.firstStart, tags.firstEnd) : 0) || this.column + 1;
    if (tags.selfClosing) {
      this.column = column;
      return;
    }
    const type = SheetRows.type(buf, tags.secondStart, tags.secondEnd);
    const from = tags.end;
    const close = this.contentEnd();
    if (close < 0) return; // read again, whole, with the next chunk
    this.column = column;
    const cells = this.cells;
    if (cells === null || column > MAX_COLUMN) return;
    const value = this.value(type, buf, from, close, column);
    if (value === null) return;
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = value;
  }

  private value(type: CellType, buf: Buffer, from: number, to: number, column: number): Cell {
    const inner = this.inner;
    inner.reset(buf, from, to);
    if (type === 'inlineStr') return inner.runsText();
    if (!inner.child('v')) return null;
    const start = inner.valueStart;
    const end = inner.valueEnd;
    switch (type) {
      case 's':
        return this.shared[integerIn(buf, start, end)] ?? null;
      case 'b':
        return end - start === 1 ? buf[start] === 49 : buf.toString('latin1', start, end).trim() === 'true';
      case 'n': {
        const whole = integerIn(buf, start, end);
        if (!Number.isNaN(whole)) return whole;
        const text = buf.toString('utf8', start, end);
        if (text.trim() === '') return null;
        const n = Number(text);
        return Number.isNaN(n) ? elementText(text) : n;
      }
      default:
        return this.text(buf, start, end, column);
    }
  }

  /**
   * A text value. Neighbouring rows often repeat a column's text (the organization of members
   * listed by organization, «да», «женский»): the same bytes as the column's previous text in
   * this chunk give the same string without decoding it again.
   */
  private text(buf: Buffer, start: number, end: number, column: number): string {
    const last = this.lastTexts[column];
    if (last !== undefined && last.end - last.start === end - start && sameBytes(buf, last.start, start, end - start)) return last.text;
    const text = elementText(buf.toString('utf8', start, end));
    this.lastTexts[column] = { start, end, text };
    return text;
  }
}
