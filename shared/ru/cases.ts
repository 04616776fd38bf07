// The six grammatical cases, by id (stored in settings and templates) and by Russian name
// (shown to the user and typed by the user in a template).

export const CASES = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;

export type GrammaticalCase = (typeof CASES)[number];

export const CASE_LABELS: Readonly<Record<GrammaticalCase, string>> = {
  nominative: 'именительный',
  genitive: 'родительный',
  dative: 'дательный',
  accusative: 'винительный',
  instrumental: 'творительный',
  prepositional: 'предложный',
};

/** Whether `value` is one of the case ids. */
export function isGrammaticalCase(value: unknown): value is GrammaticalCase {
  return typeof value === 'string' && (CASES as readonly string[]).includes(value);
}

/**
 * The case named by an id («dative») or its Russian label («Дательный», «дательный падеж»),
 * ignoring letter case and surrounding spaces; null when the text names no case.
 */
export function parseCase(text: string): GrammaticalCase | null {
  const key = text.trim().toLocaleLowerCase('ru-RU').replace(/\s+падеж$/, '').replace(/ё/g, 'е');
  if (isGrammaticalCase(key)) return key;
  for (const id of CASES) {
    if (CASE_LABELS[id] === key) return id;
  }
  return null;
}
