// Counts, codes and the INN: whole numbers that spreadsheets like to turn into «1 234», «12,0»
// or a number cell.
import { cellText, fail, ok, quote, type CellInput, type Parsed } from './result';
import { VALUE_TEXT } from './strings';

const MAX_CODE = 50;

/** A non-negative whole number: «1 234», «1234,0» and a number cell all read as 1234. */
export function parseCount(input: CellInput): Parsed<number> {
  if (typeof input === 'number') {
    return Number.isSafeInteger(input) && input >= 0 ? ok(input) : fail(VALUE_TEXT.notCount(quote(input)));
  }
  const text = cellText(input).replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return ok(null);
  const m = /^(\d+)(?:[.,]0+)?$/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(n) ? ok(n) : fail(VALUE_TEXT.notCount(quote(input)));
}

/**
 * An identifier (organization code, AIS id): a number cell gives its digits, «12345.0» (how a
 * number column sometimes reaches CSV) gives «12345»; text is kept as typed, without spaces.
 */
export function parseCode(input: CellInput): Parsed<string> {
  if (typeof input === 'number') {
    return Number.isSafeInteger(input) && input >= 0 ? ok(input.toFixed(0)) : fail(VALUE_TEXT.notCode(quote(input)));
  }
  const text = cellText(input);
  if (text === '') return ok(null);
  if (text.length > MAX_CODE) return fail(VALUE_TEXT.tooLong(text.length, MAX_CODE));
  if (/\s/.test(text)) return fail(VALUE_TEXT.notCode(quote(input)));
  // Most codes have no dot: the pattern is tried only on those that do (AIS ids, one a row).
  return ok(text.includes('.') && /^\d+\.0+$/.test(text) ? text.replace(/\.0+$/, '') : text);
}

export function parseInn(input: CellInput): Parsed<string> {
  const text = typeof input === 'number' ? cellText(input) : cellText(input).replace(/\s/g, '');
  if (text === '') return ok(null);
  return /^(\d{10}|\d{12})$/.test(text) ? ok(text) : fail(VALUE_TEXT.notInn(quote(input)));
}
