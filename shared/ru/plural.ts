// Agreement of a noun with a number: 1 член / 2 члена / 5 членов Профсоюза.
// The form depends on the number as it is printed, so agree() rounds first and then chooses:
// 2,004 printed as «2» takes «2 процента», and any printed fraction takes «2,5 процента».

import { NBSP, formatNumber, roundParts } from './numbers';

/** [one, few, many]: «член», «члена», «членов». */
export type PluralForms = readonly [one: string, few: string, many: string];

export type PluralCategory = 'one' | 'few' | 'many' | 'fraction';

function categoryOfDigits(int: string, frac: string): PluralCategory {
  if (/[1-9]/.test(frac)) return 'fraction';
  const lastTwo = Number(int.slice(-2));
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 'many';
  if (last === 1) return 'one';
  if (last >= 2 && last <= 4) return 'few';
  return 'many';
}

/**
 * The Russian plural category: 1, 21, 101 → one; 2–4, 22–24 → few; 0, 5–20, 11–14, 111–114 → many;
 * a non-integer → fraction (it takes the genitive singular: «2,5 процента»). The sign is ignored.
 */
export function pluralCategory(n: number): PluralCategory {
  if (!Number.isFinite(n)) throw new RangeError(`pluralCategory: ожидалось конечное число, получено ${String(n)}`);
  if (!Number.isInteger(n)) return 'fraction';
  return categoryOfDigits(BigInt(Math.abs(n)).toString(), '');
}

/** The form for `n`; a fraction takes the «few» form, which for a noun is its genitive singular. */
export function pluralForm(n: number, forms: PluralForms): string {
  const category = pluralCategory(n);
  if (category === 'one') return forms[0];
  if (category === 'many') return forms[2];
  return forms[1];
}

interface WordEntry {
  readonly forms: PluralForms;
  /** The genitive singular where it differs from the «few» form: an adjective phrase
   *  takes «2 первичные организации» but «2,5 первичной организации». */
  readonly fraction?: string;
}

// The words the documents count. Keys are the nominative singular as the documents write it.
const WORDS = {
  'член Профсоюза': { forms: ['член Профсоюза', 'члена Профсоюза', 'членов Профсоюза'] },
  человек: { forms: ['человек', 'человека', 'человек'] },
  организация: { forms: ['организация', 'организации', 'организаций'] },
  'первичная организация': {
    forms: ['первичная организация', 'первичные организации', 'первичных организаций'],
    fraction: 'первичной организации',
  },
  'местная организация': {
    forms: ['местная организация', 'местные организации', 'местных организаций'],
    fraction: 'местной организации',
  },
  карта: { forms: ['карта', 'карты', 'карт'] },
  председатель: { forms: ['председатель', 'председателя', 'председателей'] },
  запись: { forms: ['запись', 'записи', 'записей'] },
  строка: { forms: ['строка', 'строки', 'строк'] },
  файл: { forms: ['файл', 'файла', 'файлов'] },
  день: { forms: ['день', 'дня', 'дней'] },
  процент: { forms: ['процент', 'процента', 'процентов'] },
  ошибка: { forms: ['ошибка', 'ошибки', 'ошибок'] },
  предупреждение: { forms: ['предупреждение', 'предупреждения', 'предупреждений'] },
  дубликат: { forms: ['дубликат', 'дубликата', 'дубликатов'] },
} as const satisfies Record<string, WordEntry>;

export type AgreeWord = keyof typeof WORDS;

/** The words agree() knows, for pickers and tests. */
export const AGREE_WORDS = Object.keys(WORDS) as readonly AgreeWord[];

/**
 * The number and its agreed noun phrase: agree(5, 'член Профсоюза') → «5 членов Профсоюза»,
 * agree(22, 'первичная организация') → «22 первичные организации», agree(2.5, 'процент') →
 * «2,5 процента». The number and the word are joined by a non-breaking space. A word outside the
 * dictionary can be given as its three forms. Fractions are printed with at most `maxDigits` places.
 */
export function agree(n: number, word: AgreeWord | PluralForms, maxDigits = 2): string {
  let entry: WordEntry;
  if (typeof word !== 'string') entry = { forms: word };
  else if (Object.hasOwn(WORDS, word)) entry = WORDS[word];
  else throw new Error(`agree: нет слова «${String(word)}» в словаре`);
  const text = formatNumber(n, maxDigits);
  const { int, frac } = roundParts(n, maxDigits);
  const category = categoryOfDigits(int, frac);
  const phrase =
    category === 'one'
      ? entry.forms[0]
      : category === 'many'
        ? entry.forms[2]
        : category === 'fraction'
          ? (entry.fraction ?? entry.forms[1])
          : entry.forms[1];
  return `${text}${NBSP}${phrase}`;
}

/**
 * A number with its noun phrase in an oblique case, where Russian chooses only between singular
 * and plural: «в 21 местной организации», «в 5 местных организациях», «у 2 организаций».
 * `singular` and `plural` are the phrase already in that case; a number ending in 1 (not 11)
 * takes the singular, any other (fractions too) the plural. Joined by a non-breaking space.
 */
export function agreeOblique(n: number, singular: string, plural: string, maxDigits = 2): string {
  const { int, frac } = roundParts(n, maxDigits);
  const category = categoryOfDigits(int, frac);
  return `${formatNumber(n, maxDigits)}${NBSP}${category === 'one' ? singular : plural}`;
}

/** The verb form for a counted subject: «внесла 21 организация», «внесли 22 организации». */
export function agreeVerb(n: number, singular: string, plural: string): string {
  return pluralCategory(n) === 'one' ? singular : plural;
}
