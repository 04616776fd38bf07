// E-mail addresses: trimmed, lower-cased, one per cell, with a dot in the domain.
import { cellText, fail, ok, quote, type CellInput, type Parsed } from './result';
import { VALUE_TEXT } from './strings';

const EMAIL = /^[^\s@,;<>()[\]"]+@[^\s@,;<>()[\]"_]+\.[^\s@,;<>()[\]"_.\d]{2,}$/u;

// String searches rather than more regular expressions: an export has an address on most of its
// 200,000 rows, each one new.
export function parseEmail(input: CellInput): Parsed<string> {
  const lower = cellText(input).toLowerCase();
  const text = lower.startsWith('mailto:') ? lower.slice(7) : lower;
  if (text === '') return ok(null);
  if (text.indexOf('@') !== text.lastIndexOf('@')) return fail(VALUE_TEXT.severalEmails(quote(input)));
  if (!EMAIL.test(text) || text.includes('..') || text.includes('@.') || text.includes('.@') || text.startsWith('.')) {
    return fail(VALUE_TEXT.notEmail(quote(input)));
  }
  return ok(text);
}

/** The form an unreadable address is still stored in, so that data checks can point at it. */
export function cleanEmailText(input: CellInput): string | null {
  const text = cellText(input).toLowerCase();
  return text === '' ? null : text;
}
