// E-mail addresses: trimmed, lower-cased, one per cell, with a dot in the domain.
import { cellText, fail, ok, quote, type CellInput, type Parsed } from './result';
import { VALUE_TEXT } from './strings';

const EMAIL = /^[^\s@,;<>()[\]"]+@[^\s@,;<>()[\]"_]+\.[^\s@,;<>()[\]"_.\d]{2,}$/u;

export function parseEmail(input: CellInput): Parsed<string> {
  const text = cellText(input).replace(/^mailto:/i, '').toLowerCase();
  if (text === '') return ok(null);
  if ((text.match(/@/g) ?? []).length > 1) return fail(VALUE_TEXT.severalEmails(quote(input)));
  if (!EMAIL.test(text) || text.includes('..') || /@\.|\.@|^\./.test(text)) return fail(VALUE_TEXT.notEmail(quote(input)));
  return ok(text);
}

/** The form an unreadable address is still stored in, so that data checks can point at it. */
export function cleanEmailText(input: CellInput): string | null {
  const text = cellText(input).toLowerCase();
  return text === '' ? null : text;
}
