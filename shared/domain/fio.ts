// The normal form of a person's name used for search and duplicate detection: case, ё/е,
// extra spaces and spaces around hyphens do not distinguish two people.

/** What the slow path below rewrites (after lower-casing): ё, dashes and hyphens, whitespace. */
const NEEDS_REWRITE = /[ё\s‐‑–—-]/;

// toLowerCase rather than toLocaleLowerCase: the same for Russian and Latin letters, and much
// faster when an import normalizes 200,000 names (the grid's pr_norm() does the same).
export function normalizeNamePart(part: string | null | undefined): string {
  if (!part) return '';
  const lower = part.toLowerCase();
  // Most names are one plain word: an import normalizes 200,000 of them.
  if (!NEEDS_REWRITE.test(lower)) return lower;
  return lower
    .replace(/ё/g, 'е')
    .replace(/\s*[-‐‑–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function normalizeFio(surname: string, name: string, patronymic: string | null | undefined): string {
  let out = '';
  for (const part of [surname, name, patronymic]) {
    const norm = normalizeNamePart(part);
    if (norm !== '') out = out === '' ? norm : `${out} ${norm}`;
  }
  return out;
}

/** The normal form of a search query typed as «Иванова Ан»: a prefix of normalizeFio. */
export function normalizeFioQuery(query: string): string {
  return normalizeNamePart(query);
}
