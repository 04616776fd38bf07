// OWASP «CSV injection»: a cell starting with = + - @ tab, CR or LF may be run as a formula by
// Excel or LibreOffice. Such text gets a leading apostrophe, which both show as plain text.
// A signed plain number («+79123456789», «-5») carries no formula and stays as it is, so phone
// numbers keep their usual form.
const DANGEROUS = /^[=+\-@\t\r\n]/;
const SIGNED_NUMBER = /^[+-]\d+(?:[.,]\d+)?$/;

export function neutralize(text: string): string {
  return DANGEROUS.test(text) && !SIGNED_NUMBER.test(text) ? `'${text}` : text;
}
