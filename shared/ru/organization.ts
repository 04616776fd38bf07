// Declension of organization names. A Russian organization name is a run of adjectives, a head
// noun, and a tail that never changes (a genitive, a proper name in quotes, an abbreviation):
//   «Егорьевская районная организация | Профсоюза» → «Егорьевской районной организации Профсоюза»
//   «первичная профсоюзная организация | МБОУ СОШ № 3»
//   «Территориальная организация | Целинного и Ельцовского районов»
// Only the adjectives and the head noun decline; the rule set reads their endings, so no
// dictionary is needed. A short name without a noun («Егорьевская», «Заринская городская», as
// the resolutions list organizations) declines as adjectives alone. Whatever the rules cannot
// know is fixed by the user's per-organization override, which always wins.

import { declineAdjective, isAdjective, type AdjectiveGender, analyzeAdjective } from './adjective';
import type { GrammaticalCase } from './cases';
import { declineHeadNoun } from './noun';

/** Explicit forms of one organization's name per case, entered by the user; they win over the rules. */
export type OrgNameOverride = Partial<Record<GrammaticalCase, string | null>>;

const WORD = /^[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*$/;

// In a name typed all in capitals an abbreviation cannot be told from a word by its letters, so
// there only these head nouns decline («ЕГОРЬЕВСКАЯ РАЙОННАЯ ОРГАНИЗАЦИЯ» but not «ППО …»).
const KNOWN_HEADS = new Set([
  'организация',
  'организации',
  'профорганизация',
  'комитет',
  'комитеты',
  'профком',
  'совет',
  'союз',
  'профсоюз',
  'объединение',
  'отделение',
  'комиссия',
  'ассоциация',
  'федерация',
  'группа',
  'школа',
  'гимназия',
  'лицей',
  'училище',
  'техникум',
  'колледж',
  'университет',
  'институт',
  'академия',
  'сад',
  'центр',
  'учреждение',
  'управление',
  'филиал',
  'факультет',
  'кафедра',
]);

function hasLetters(s: string): boolean {
  return s.toLocaleLowerCase('ru-RU') !== s.toLocaleUpperCase('ru-RU');
}

function isAllCaps(s: string): boolean {
  return hasLetters(s) && s === s.toLocaleUpperCase('ru-RU');
}

function lowerIf(caps: boolean, s: string): string {
  return caps ? s.toLocaleLowerCase('ru-RU') : s;
}

/** An abbreviation (МБОУ, СОШ, ППО, ДОУ) in a name that is not typed in capitals throughout. */
function isAbbreviation(token: string): boolean {
  return isAllCaps(token) && token.replace(/[^А-Яа-яЁёA-Za-z]/g, '').length >= 2;
}

/**
 * The organization name in `grammaticalCase`. `override` gives the user's own form for a case,
 * which is returned as typed (trimmed) when present. The nominative is the name itself.
 */
export function declineOrgName(name: string, grammaticalCase: GrammaticalCase, override?: OrgNameOverride | null): string {
  const manual = override?.[grammaticalCase]?.trim();
  if (manual) return manual;
  const text = name.trim();
  if (grammaticalCase === 'nominative' || text === '') return text;

  const capsMode = isAllCaps(text);
  // Words at even indexes, the whitespace between them at odd ones, so the tail is kept verbatim.
  const pieces = text.split(/(\s+)/);
  const adjectiveIdx: number[] = [];
  let headIdx = -1;
  for (let i = 0; i < pieces.length; i += 2) {
    const token = pieces[i] ?? '';
    if (!WORD.test(token)) break;
    if (!capsMode && isAbbreviation(token)) break;
    const word = lowerIf(capsMode, token);
    // «Санкт-Петербургская и Ленинградская областная организация»: «и» joins two adjectives.
    const next = pieces[i + 2] ?? '';
    if (word === 'и' && adjectiveIdx.length > 0 && WORD.test(next) && isAdjective(lowerIf(capsMode, next))) continue;
    if (isAdjective(word)) {
      adjectiveIdx.push(i);
      continue;
    }
    if (!capsMode || KNOWN_HEADS.has(word)) headIdx = i;
    break;
  }

  const restoreCase = (s: string): string => (capsMode ? s.toLocaleUpperCase('ru-RU') : s);
  const lower = (s: string): string => lowerIf(capsMode, s);

  let gender: AdjectiveGender | null = null;
  for (const i of adjectiveIdx) {
    const token = pieces[i] ?? '';
    const lastPart = token.slice(token.lastIndexOf('-') + 1);
    gender = analyzeAdjective(lower(lastPart))?.gender ?? gender;
    const declined = declineAdjective(lower(token), grammaticalCase, false);
    if (declined !== null) pieces[i] = restoreCase(declined);
  }
  if (headIdx >= 0) {
    const declined = declineHeadNoun(lower(pieces[headIdx] ?? ''), grammaticalCase, gender);
    if (declined !== null) pieces[headIdx] = restoreCase(declined);
  }
  return pieces.join('');
}
