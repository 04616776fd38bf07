// Russian phone numbers in the one form the AIS stores: +7XXXXXXXXXX.
import { cellText, fail, ok, quote, type CellInput, type Parsed } from './result';
import { VALUE_TEXT } from './strings';

/** Already in the stored form (as the AIS exports it): +7 and ten digits. */
function isStoredForm(text: string): boolean {
  if (text.length !== 12 || !text.startsWith('+7')) return false;
  for (let i = 2; i < 12; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function parsePhone(input: CellInput): Parsed<string> {
  const text = cellText(input);
  if (text === '') return ok(null);
  if (isStoredForm(text)) return ok(text);
  if (/[,;\n/]/.test(text) && (text.match(/\d/g) ?? []).length > 11) return fail(VALUE_TEXT.severalPhones(quote(input)));
  // Only what people put between digits: spaces, brackets, dashes, dots and a leading plus.
  if (!/^\+?[\d\s().\-‐‑–—]+$/.test(text)) return fail(VALUE_TEXT.notPhone(quote(input)));
  const digits = text.replace(/\D/g, '');
  // «+» announces a full international number: +7 and ten digits, nothing shorter.
  if (text.startsWith('+')) return digits.length === 11 && digits[0] === '7' ? ok(`+${digits}`) : fail(VALUE_TEXT.notPhone(quote(input)));
  if (digits.length === 10) return ok(`+7${digits}`);
  if (digits.length === 11 && (digits[0] === '7' || digits[0] === '8')) return ok(`+7${digits.slice(1)}`);
  return fail(VALUE_TEXT.notPhone(quote(input)));
}
