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

type PartNormalizer = (part: string | null | undefined) => string;
type FioNormalizer = (surname: string, name: string, patronymic: string | null | undefined) => string;

/** The parts' normal forms joined with one space, the blank ones left out. */
function joinedFio(norm: PartNormalizer, surname: string, name: string, patronymic: string | null | undefined): string {
  let out = norm(surname);
  for (const part of [norm(name), norm(patronymic)]) {
    if (part !== '') out = out === '' ? part : `${out} ${part}`;
  }
  return out;
}

export const normalizeFio: FioNormalizer = (surname, name, patronymic) => joinedFio(normalizeNamePart, surname, name, patronymic);

/**
 * normalizeFio for a pass over many names (an import, the demo region): each distinct part is
 * lower-cased once — lower-casing Cyrillic is slow, and a few thousand parts repeat over
 * 200,000 rows. Remembers up to `limit` parts; `keep` copies a text before it is kept as a key
 * (the import's texts can be slices of a whole chunk of the file).
 */
export function fioNormalizer(keep: (text: string) => string = (text) => text, limit = 10_000): FioNormalizer {
  const memo = new Map<string, string>();
  const part: PartNormalizer = (text) => {
    if (!text) return '';
    let norm = memo.get(text);
    if (norm === undefined) {
      norm = normalizeNamePart(text);
      if (memo.size < limit) memo.set(keep(text), norm);
    }
    return norm;
  };
  return (surname, name, patronymic) => joinedFio(part, surname, name, patronymic);
}

/** The normal form of a search query typed as «Иванова Ан»: a prefix of normalizeFio. */
export function normalizeFioQuery(query: string): string {
  return normalizeNamePart(query);
}
