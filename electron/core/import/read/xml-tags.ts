// A hand-written walk over the tags of OOXML, on the UTF-8 bytes themselves. The workbook parts
// are plain machine-written XML (no DTD, no CDATA, only the five entities and character
// references), so a general parser buys nothing but time; and since all markup is ASCII, only the
// values the import needs are ever decoded to strings. Names are matched by their local part, so
// prefixed files (<x:row>, <x:c>) read the same.
import { attrText, elementText } from './xml-text';

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const QUOTE = 34;
const APOS = 39;
const MINUS = 45;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

const EMPTY = Buffer.alloc(0);

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Walks the tags of buf[from, limit). A tag the bytes do not hold whole (a piece of a stream ends
 * inside it) stops the walk with `cut` set and `start` at its '<': the caller keeps the bytes from
 * there and reads them again with the next piece.
 */
export class TagReader {
  buf: Buffer = EMPTY;
  limit = 0;
  pos = 0;
  /** The current tag: '<' at `start`, its name at [nameStart, nameEnd), just after its '>' at `end`. */
  start = 0;
  nameStart = 0;
  nameEnd = 0;
  end = 0;
  closing = false;
  selfClosing = false;
  cut = false;
  /** Set by attr() and child(): the value or content found, at [valueStart, valueEnd). */
  valueStart = 0;
  valueEnd = 0;
  /** Set by attrPair(). */
  firstStart = -1;
  firstEnd = 0;
  secondStart = -1;
  secondEnd = 0;
  private attrNameStart = 0;
  private attrNameEnd = 0;

  reset(buf: Buffer, from = 0, limit = buf.length): void {
    this.buf = buf;
    this.pos = from;
    this.limit = limit;
    this.cut = false;
  }

  /** Moves to the next element tag (comments and processing instructions are passed over). */
  next(): boolean {
    const buf = this.buf;
    const limit = this.limit;
    let i = this.pos;
    for (;;) {
      while (i < limit && buf[i] !== LT) i++;
      if (i >= limit) {
        this.pos = limit;
        return false;
      }
      this.start = i;
      if (i + 1 >= limit) return this.cutHere();
      const first = buf[i + 1]!;
      if (first === BANG || first === QUESTION) {
        const close = buf[i + 2] === MINUS ? '-->' : first === QUESTION ? '?>' : '>';
        const at = buf.indexOf(close, i + 2, 'latin1');
        if (at < 0 || at + close.length > limit) return this.cutHere();
        i = at + close.length;
        continue;
      }
      this.closing = first === SLASH;
      const nameStart = this.closing ? i + 2 : i + 1;
      let nameEnd = -1;
      let quote = 0;
      let j = nameStart;
      // To the '>' that ends the tag: a '>' inside a quoted attribute value does not.
      for (; j < limit; j++) {
        const c = buf[j]!;
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === GT) {
          break;
        } else if (nameEnd < 0 && (c === SLASH || isSpace(c))) {
          nameEnd = j;
        } else if (c === QUOTE || c === APOS) {
          quote = c;
        }
      }
      if (j >= limit) return this.cutHere();
      this.nameStart = nameStart;
      this.nameEnd = nameEnd < 0 ? j : nameEnd;
      this.end = j + 1;
      this.selfClosing = buf[j - 1] === SLASH;
      this.pos = this.end;
      return true;
    }
  }

  /** Stops the walk at the current tag: the bytes from its '<' are left for the next piece. */
  cutHere(): false {
    this.cut = true;
    this.pos = this.limit;
    return false;
  }

  /** True when the current tag's name is `local` or `prefix:local`. */
  is(local: string): boolean {
    const buf = this.buf;
    const s = this.nameEnd - local.length;
    if (s < this.nameStart || (s > this.nameStart && buf[s - 1] !== COLON)) return false;
    return bytesAre(buf, s, this.nameEnd, local);
  }

  /**
   * Reads the attribute starting at or after `from` (within the current tag): its name at
   * [attrNameStart, attrNameEnd), its raw value at [valueStart, valueEnd). Returns the index after
   * it, or -1 when the tag has no more attributes.
   */
  private nextAttr(from: number): number {
    const buf = this.buf;
    const stop = this.end - 1;
    let i = from;
    while (i < stop && (isSpace(buf[i]!) || buf[i] === SLASH)) i++;
    if (i >= stop) return -1;
    this.attrNameStart = i;
    while (i < stop && buf[i] !== EQUALS && !isSpace(buf[i]!)) i++;
    this.attrNameEnd = i;
    while (i < stop && buf[i] !== EQUALS) i++;
    if (i >= stop) return -1;
    i++;
    while (i < stop && isSpace(buf[i]!)) i++;
    const quote = buf[i];
    if (quote !== QUOTE && quote !== APOS) return -1;
    let valueEnd = i + 1;
    while (valueEnd < stop && buf[valueEnd] !== quote) valueEnd++;
    if (valueEnd >= stop) return -1;
    this.valueStart = i + 1;
    this.valueEnd = valueEnd;
    return valueEnd + 1;
  }

  /** True when the attribute just read by nextAttr is called `name` (':id': any prefix, then id). */
  private attrNamed(name: string): boolean {
    const length = this.attrNameEnd - this.attrNameStart;
    const anyPrefix = name.charCodeAt(0) === COLON;
    if (anyPrefix ? length <= name.length : length !== name.length) return false;
    return bytesAre(this.buf, this.attrNameEnd - name.length, this.attrNameEnd, name);
  }

  /**
   * Finds the current tag's attribute `name` and sets [valueStart, valueEnd) to its raw value. A
   * name starting with ':' matches any prefix (':id' finds r:id whatever the prefix is called).
   * Values are walked, not searched, so a name inside another attribute's value is never taken.
   */
  attr(name: string): boolean {
    for (let i = this.nextAttr(this.nameEnd); i >= 0; i = this.nextAttr(i)) if (this.attrNamed(name)) return true;
    return false;
  }

  /**
   * Two attributes in one walk (a cell's r and t): their values at [firstStart, firstEnd) and
   * [secondStart, secondEnd), a start of -1 for one that is absent.
   */
  attrPair(first: string, second: string): void {
    this.firstStart = this.secondStart = -1;
    for (let i = this.nextAttr(this.nameEnd); i >= 0; i = this.nextAttr(i)) {
      if (this.attrNamed(first)) {
        this.firstStart = this.valueStart;
        this.firstEnd = this.valueEnd;
      } else if (this.attrNamed(second)) {
        this.secondStart = this.valueStart;
        this.secondEnd = this.valueEnd;
      }
    }
  }

  /** The attribute's value as text (references decoded), or null. */
  attrText(name: string): string | null {
    return this.attr(name) ? attrText(this.buf.toString('utf8', this.valueStart, this.valueEnd)) : null;
  }

  /** True when the attribute is present and its raw value is exactly `value`. */
  attrIs(name: string, value: string): boolean {
    return this.attr(name) && bytesAre(this.buf, this.valueStart, this.valueEnd, value);
  }

  /**
   * For the current start tag: the index of its end tag, searched from `from`, with the walk moved
   * past it; -1 when the bytes up to `limit` do not hold it. For elements that do not nest in
   * themselves (c, v, t, si, is, rPh).
   */
  closeIndex(from: number): number {
    const buf = this.buf;
    const limit = this.limit;
    const nameStart = this.nameStart;
    const length = this.nameEnd - nameStart;
    let i = from;
    for (;;) {
      while (i < limit && buf[i] !== LT) i++;
      if (i + 2 + length >= limit) return -1;
      if (buf[i + 1] === SLASH) {
        let k = 0;
        while (k < length && buf[i + 2 + k] === buf[nameStart + k]) k++;
        const after = buf[i + 2 + length]!;
        if (k === length && (after === GT || isSpace(after))) {
          let gt = i + 2 + length;
          while (gt < limit && buf[gt] !== GT) gt++;
          if (gt >= limit) return -1;
          this.pos = gt + 1;
          return i;
        }
      }
      i++;
    }
  }

  /** Finds the first element `local` from `pos` to `limit` and sets [valueStart, valueEnd) to its content. */
  child(local: string): boolean {
    while (this.next()) {
      if (this.closing || !this.is(local)) continue;
      if (this.selfClosing) {
        this.valueStart = this.valueEnd = this.end;
        return true;
      }
      const contentStart = this.end;
      const close = this.closeIndex(contentStart);
      if (close < 0) return false;
      this.valueStart = contentStart;
      this.valueEnd = close;
      return true;
    }
    return false;
  }

  /** The joined text of the <t> elements from `pos` to `limit` (an <si> or <is>), phonetic runs (<rPh>) left out. */
  runsText(): string {
    const buf = this.buf;
    let out = '';
    while (this.next()) {
      if (this.closing || this.selfClosing) continue;
      if (this.is('t')) {
        const contentStart = this.end;
        const close = this.closeIndex(contentStart);
        if (close < 0) break;
        out += elementText(buf.toString('utf8', contentStart, close));
      } else if (this.is('rPh')) {
        if (this.closeIndex(this.end) < 0) break;
      }
    }
    return out;
  }
}

/** True when buf[from, to) holds exactly the ASCII text `text`. */
export function bytesAre(buf: Buffer, from: number, to: number, text: string): boolean {
  if (to - from !== text.length) return false;
  for (let k = 0; k < text.length; k++) if (buf[from + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** A non-negative integer written in buf[from, to) (an Excel row, a string index); NaN otherwise. */
export function integerIn(buf: Buffer, from: number, to: number): number {
  if (from >= to || to - from > 15) return NaN;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = buf[i]!;
    if (c < DIGIT_0 || c > DIGIT_9) return NaN;
    n = n * 10 + (c - DIGIT_0);
  }
  return n;
}
