// The normal form of a person's name used for search and duplicate detection: case, ё/е,
// extra spaces and spaces around hyphens do not distinguish two people.

// toLowerCase rather than toLocaleLowerCase: the same for Russian and Latin letters, and much
// faster when an import normalizes 200,000 names (the grid's pr_norm() does the same).
export function normalizeNamePart(part: string | null | undefined): string {
  if (!part) return '';
  return part
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s*[-‐‑–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function normalizeFio(surname: string, name: string, patronymic: string | null | undefined): string {
  return [surname, name, patronymic ?? '']
    .map(normalizeNamePart)
    .filter((p) => p.length > 0)
    .join(' ');
}

/** The normal form of a search query typed as «Иванова Ан»: a prefix of normalizeFio. */
export function normalizeFioQuery(query: string): string {
  return normalizeNamePart(query);
}
