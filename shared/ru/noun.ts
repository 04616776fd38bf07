// Declension of the head noun of an organization name (организация, комитет, совет, колледж,
// объединение, школа, училище, комиссия …) by its ending. Head nouns of organizations are
// inanimate, so the accusative of a masculine or plural noun equals its nominative.
// The gender comes from the adjectives before the noun when there are any; it matters only
// for a soft sign (feminine «сеть» vs masculine «лагерь») and for the plural.

import type { AdjectiveGender } from './adjective';
import type { GrammaticalCase } from './cases';

type Endings = readonly [gen: string, dat: string, acc: string, instr: string, prep: string];

interface Paradigm {
  /** How many letters of the nominative to drop before adding an ending. */
  drop: number;
  endings: Endings;
}

const VELAR = /[гкх]$/;
const HUSHING = /[жшчщ]$/;
const HUSHING_OR_TS = /[жшчщц]$/;

// Borrowed nouns that do not decline (a head noun «Бюро» is not rare in union names).
const INDECLINABLE = new Set(['бюро', 'депо', 'кафе', 'жюри', 'кино', 'радио', 'метро', 'ателье', 'интервью']);

// Feminine plurals in -ы whose genitive has no ending (школы → школ); -ы of other nouns takes -ов.
const FEMININE_PLURALS_IN_Y = new Set(['школы', 'группы', 'кафедры', 'палаты', 'ассамблеи', 'лиги']);

function paradigmOf(w: string, gender: AdjectiveGender | null): Paradigm | null {
  if (INDECLINABLE.has(w)) return null;
  const stem1 = w.slice(0, -1);
  if (gender === 'plural' || (gender === null && /[ыи]$/.test(w) && !/ий$/.test(w))) {
    if (w.endsWith('ии')) return { drop: 1, endings: ['й', 'ям', 'и', 'ями', 'ях'] };
    if (w.endsWith('ия')) return { drop: 1, endings: ['й', 'ям', 'я', 'ями', 'ях'] };
    if (w.endsWith('ы')) {
      const gen = FEMININE_PLURALS_IN_Y.has(w) ? '' : 'ов';
      return { drop: 1, endings: [gen, 'ам', 'ы', 'ами', 'ах'] };
    }
    if (w.endsWith('и')) {
      if (VELAR.test(stem1)) return { drop: 1, endings: [FEMININE_PLURALS_IN_Y.has(w) ? '' : 'ов', 'ам', 'и', 'ами', 'ах'] };
      if (HUSHING.test(stem1)) return { drop: 1, endings: ['ей', 'ам', 'и', 'ами', 'ах'] };
      return { drop: 1, endings: ['ей', 'ям', 'и', 'ями', 'ях'] };
    }
    return null;
  }
  if (w.endsWith('ия')) return { drop: 1, endings: ['и', 'и', 'ю', 'ей', 'и'] };
  if (w.endsWith('я')) return { drop: 1, endings: ['и', 'е', 'ю', 'ей', 'е'] };
  if (w.endsWith('а')) {
    const gen = VELAR.test(stem1) || HUSHING.test(stem1) ? 'и' : 'ы';
    const instr = HUSHING_OR_TS.test(stem1) ? 'ей' : 'ой';
    return { drop: 1, endings: [gen, 'е', 'у', instr, 'е'] };
  }
  if (w.endsWith('ие')) return { drop: 1, endings: ['я', 'ю', 'е', 'ем', 'и'] };
  if (w.endsWith('е')) {
    if (HUSHING_OR_TS.test(stem1)) return { drop: 1, endings: ['а', 'у', 'е', 'ем', 'е'] };
    return { drop: 1, endings: ['я', 'ю', 'е', 'ем', 'е'] };
  }
  if (w.endsWith('о')) return { drop: 1, endings: ['а', 'у', 'о', 'ом', 'е'] };
  if (w.endsWith('ь')) {
    if (gender === 'feminine') return { drop: 1, endings: ['и', 'и', 'ь', 'ью', 'и'] };
    return { drop: 1, endings: ['я', 'ю', 'ь', 'ем', 'е'] };
  }
  if (w.endsWith('ий')) return { drop: 1, endings: ['я', 'ю', 'й', 'ем', 'и'] };
  if (w.endsWith('й')) return { drop: 1, endings: ['я', 'ю', 'й', 'ем', 'е'] };
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    // -ем after ж/ш/ч/щ/ц with an unstressed ending (колледжем); head nouns of organizations
    // with a stressed one (этажом) do not occur.
    return { drop: 0, endings: ['а', 'у', '', HUSHING_OR_TS.test(w) ? 'ем' : 'ом', 'е'] };
  }
  return null;
}

const CASE_INDEX: Record<Exclude<GrammaticalCase, 'nominative'>, 0 | 1 | 2 | 3 | 4> = {
  genitive: 0,
  dative: 1,
  accusative: 2,
  instrumental: 3,
  prepositional: 4,
};

/**
 * The noun in `grammaticalCase`, or null when it does not decline or is not recognised.
 * `gender` is the gender of the adjectives that agree with it, if any.
 */
export function declineHeadNoun(word: string, grammaticalCase: GrammaticalCase, gender: AdjectiveGender | null): string | null {
  const w = word.toLocaleLowerCase('ru-RU');
  const paradigm = paradigmOf(w, gender);
  if (paradigm === null) return null;
  if (grammaticalCase === 'nominative') return word;
  return word.slice(0, word.length - paradigm.drop) + paradigm.endings[CASE_INDEX[grammaticalCase]];
}
