// Dates as spreadsheets give them: «05.03.1980», «5.3.80», «1980-03-05», Excel serial numbers
// (a date cell read without its format, or a CSV written from one). Result: ISO «YYYY-MM-DD».
import { cellText, fail, ok, quote, type CellInput, type Parsed } from './result';
import { VALUE_TEXT } from './strings';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Excel's own rule for two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999. */
const TWO_DIGIT_PIVOT = 30;
/** Day number of 9999-12-31 in Excel's serial system. */
const MAX_SERIAL = 2_958_465;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1]!;
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

function fromParts(input: CellInput, year: number, month: number, day: number): Parsed<string> {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail(VALUE_TEXT.noSuchDay(quote(input)));
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(VALUE_TEXT.yearOutOfRange(quote(input), MIN_YEAR, MAX_YEAR));
  // The year is 1900–2100 here: always four digits.
  return ok(`${year}-${twoDigits(month)}-${twoDigits(day)}`);
}

/** Excel's day numbers count from 1900-01-01 = 1 and include the non-existent 1900-02-29 (60). */
function fromSerial(input: CellInput, serial: number): Parsed<string> {
  const days = Math.floor(serial);
  if (days < 1 || days > MAX_SERIAL) return fail(VALUE_TEXT.notDate(quote(input)));
  if (days === 60) return fail(VALUE_TEXT.noSuchDay(quote(input)));
  const epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + days * 86_400_000);
  return fromParts(input, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const RUSSIAN = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:\s*г\.?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** A bare serial as LibreOffice or Excel write a date cell into CSV without its format. */
const SERIAL = /^\d{5}(?:[.,]\d+)?$/;

export function parseDate(input: CellInput): Parsed<string> {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return fail(VALUE_TEXT.notDate(quote(input)));
    return fromParts(input, input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === 'number') return Number.isFinite(input) ? fromSerial(input, input) : fail(VALUE_TEXT.notDate(quote(input)));
  const text = cellText(input);
  if (text === '') return ok(null);
  // The Russian form first: nearly every date of an export has it.
  let m = RUSSIAN.exec(text);
  if (m) {
    const y = m[3]!;
    const year = y.length === 2 ? Number(y) + (Number(y) < TWO_DIGIT_PIVOT ? 2000 : 1900) : Number(y);
    return fromParts(input, year, Number(m[2]), Number(m[1]));
  }
  m = ISO.exec(text);
  if (m) return fromParts(input, Number(m[1]), Number(m[2]), Number(m[3]));
  if (SERIAL.test(text)) return fromSerial(input, Number(text.replace(',', '.')));
  return fail(VALUE_TEXT.notDate(quote(input)));
}

/** A date found inside a file name («Выгрузка_01.10.2026.xlsx», «members 2026-10-01.csv»), or null. */
export function dateInFileName(fileName: string): string | null {
  const candidates = fileName.match(/\d{4}-\d{2}-\d{2}|\d{1,2}[._-]\d{1,2}[._-](?:\d{4}|\d{2})(?!\d)/g) ?? [];
  for (const candidate of candidates) {
    const parsed = parseDate(candidate.replace(/_/g, '.'));
    if (parsed.ok && parsed.value !== null) return parsed.value;
  }
  return null;
}
