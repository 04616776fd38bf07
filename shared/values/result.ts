// What every value parser returns: the value in the registry's form, or a Russian problem text
// the caller puts next to the file, row and column. Blank input is a value (null), not a problem:
// whether a blank is allowed is the field's business, not the parser's.

/** A cell as spreadsheet readers and the grid's paste give it. */
export type CellInput = string | number | boolean | Date | null | undefined;

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; problem: string };

export type ValueParser<T> = (input: CellInput) => Parsed<T>;

export const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
export const fail = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

/** The cell's text as a person reads it, trimmed; '' for blank. */
export function cellText(input: CellInput): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string') return input.trim();
  if (typeof input === 'boolean') return input ? 'да' : 'нет';
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return '';
    // Spreadsheet readers give dates at UTC midnight: read the UTC calendar day.
    const d = String(input.getUTCDate()).padStart(2, '0');
    const m = String(input.getUTCMonth() + 1).padStart(2, '0');
    return `${d}.${m}.${input.getUTCFullYear()}`;
  }
  if (!Number.isFinite(input)) return '';
  // Integers up to 2^53 print without an exponent; big ids and phones stay readable.
  return Number.isInteger(input) ? input.toFixed(0) : String(input);
}

export function isBlank(input: CellInput): boolean {
  return cellText(input) === '';
}

/** A value quoted for a problem text, shortened so a 50,000-character cell does not flood it. */
export function quote(input: CellInput): string {
  const text = cellText(input);
  return `«${text.length > 60 ? `${text.slice(0, 57)}…` : text}»`;
}

/**
 * Lower case, ё as е, one space between words: how labels and synonyms are compared.
 * toLowerCase, not the locale form: the same letters for Russian (they differ only for Turkish
 * and Lithuanian) and many times faster over 200,000 rows.
 */
export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}
