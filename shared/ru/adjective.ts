// Declension of full adjectives (and participles) by their nominative ending, the part of an
// organization name before its head noun: «Егорьевская районная», «Заринский городской»,
// «Студенческое профсоюзное», «Первичные профсоюзные». Works on lower-case words; the caller
// keeps the letter case of the original.

import type { GrammaticalCase } from './cases';

export type AdjectiveGender = 'masculine' | 'feminine' | 'neuter' | 'plural';

export interface AdjectiveInfo {
  gender: AdjectiveGender;
  /** The word without its two-letter nominative ending. */
  stem: string;
  /** Endings for gen, dat, acc, instr, prep (acc of an inanimate noun; see declineAdjective). */
  endings: readonly [string, string, string, string, string];
}

const VELAR = /[гкх]$/;
const SIBILANT = /[жшчщ]$/;

// An -ая adjective after ж/ш/ч/щ takes -ей when the ending is unstressed (рабочая → рабочей,
// общая → общей); the few with a stressed ending keep -ой.
const STRESSED_SIBILANT_FEMININE = new Set(['больш']);

// Nouns that end like an adjective. Only those that can head an organization name matter.
const NOUNS_LIKE_ADJECTIVES = new Set([
  'санаторий',
  'профилакторий',
  'лекторий',
  'планетарий',
  'консерваторий',
]);

// Neuter nouns in -ие: -ание/-ение/-яние (объединение, собрание), -тие (развитие), -вие
// (содействие), -лие. Plural adjectives in -ие have another letter there (верхние, осенние,
// городские, рабочие).
const NEUTER_NOUN_IN_IE = /(?:[аея]ние|тие|вие|лие|ьие)$/;

/** The adjective's gender and endings, or null when the word does not look like an adjective. */
export function analyzeAdjective(word: string): AdjectiveInfo | null {
  const w = word.toLocaleLowerCase('ru-RU');
  if (w.length < 4 || NOUNS_LIKE_ADJECTIVES.has(w)) return null;
  const ending = w.slice(-2);
  const stem = w.slice(0, -2);
  if (!/[а-яё]$/.test(stem)) return null;
  // «Третий» declines with a soft sign: третьего, третьей, третью.
  if (/трет(?:ий|ья|ье|ьи)$/.test(w)) {
    if (ending === 'ий') return { gender: 'masculine', stem, endings: ['ьего', 'ьему', 'ий', 'ьим', 'ьем'] };
    if (ending === 'ья') return { gender: 'feminine', stem, endings: ['ьей', 'ьей', 'ью', 'ьей', 'ьей'] };
    if (ending === 'ье') return { gender: 'neuter', stem, endings: ['ьего', 'ьему', 'ье', 'ьим', 'ьем'] };
    return { gender: 'plural', stem, endings: ['ьих', 'ьим', 'ьи', 'ьими', 'ьих'] };
  }
  const velar = VELAR.test(stem);
  const sibilant = SIBILANT.test(stem);
  switch (ending) {
    case 'ая':
      if (sibilant && !STRESSED_SIBILANT_FEMININE.has(stem)) {
        return { gender: 'feminine', stem, endings: ['ей', 'ей', 'ую', 'ей', 'ей'] };
      }
      return { gender: 'feminine', stem, endings: ['ой', 'ой', 'ую', 'ой', 'ой'] };
    case 'яя':
      return { gender: 'feminine', stem, endings: ['ей', 'ей', 'юю', 'ей', 'ей'] };
    case 'ый':
      return { gender: 'masculine', stem, endings: ['ого', 'ому', 'ый', 'ым', 'ом'] };
    case 'ой':
      // Stressed ending: городской, молодой, большой; after г/к/х/ж/ш/ч/щ the instrumental is -им.
      return { gender: 'masculine', stem, endings: ['ого', 'ому', 'ой', velar || sibilant ? 'им' : 'ым', 'ом'] };
    case 'ий':
      if (velar) return { gender: 'masculine', stem, endings: ['ого', 'ому', 'ий', 'им', 'ом'] };
      // Soft (верхний) and unstressed after a sibilant (рабочий, общий).
      return { gender: 'masculine', stem, endings: ['его', 'ему', 'ий', 'им', 'ем'] };
    case 'ое':
      return { gender: 'neuter', stem, endings: ['ого', 'ому', 'ое', velar || sibilant ? 'им' : 'ым', 'ом'] };
    case 'ее':
      return { gender: 'neuter', stem, endings: ['его', 'ему', 'ее', 'им', 'ем'] };
    case 'ые':
      return { gender: 'plural', stem, endings: ['ых', 'ым', 'ые', 'ыми', 'ых'] };
    case 'ие':
      if (NEUTER_NOUN_IN_IE.test(w)) return null;
      return { gender: 'plural', stem, endings: ['их', 'им', 'ие', 'ими', 'их'] };
    default:
      return null;
  }
}

const CASE_INDEX: Record<Exclude<GrammaticalCase, 'nominative'>, 0 | 1 | 2 | 3 | 4> = {
  genitive: 0,
  dative: 1,
  accusative: 2,
  instrumental: 3,
  prepositional: 4,
};

/**
 * The adjective in `grammaticalCase`, or null when `word` is not an adjective. The accusative of
 * a masculine or plural adjective equals the genitive when it qualifies a person (`animate`).
 * A hyphenated adjective declines its last part only: «Верхне-Ландеховская» → «Верхне-Ландеховской».
 */
export function declineAdjective(word: string, grammaticalCase: GrammaticalCase, animate = false): string | null {
  const hyphen = word.lastIndexOf('-');
  const head = word.slice(0, hyphen + 1);
  const last = word.slice(hyphen + 1);
  const info = analyzeAdjective(last);
  if (info === null) return null;
  if (grammaticalCase === 'nominative') return word;
  let idx = CASE_INDEX[grammaticalCase];
  if (grammaticalCase === 'accusative' && animate && (info.gender === 'masculine' || info.gender === 'plural')) idx = 0;
  const ending = info.endings[idx];
  return head + last.slice(0, last.length - 2) + ending;
}

/** Whether the word (or the last part of a hyphenated word) has an adjective ending. */
export function isAdjective(word: string): boolean {
  return analyzeAdjective(word.slice(word.lastIndexOf('-') + 1)) !== null;
}
