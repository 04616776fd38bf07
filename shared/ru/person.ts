// Declension of a person's surname, name and patronymic, and the «Фамилия И.О.» / «И.О. Фамилия»
// forms the resolutions use («объявить благодарность Петровой В.Г., председателю …»).
//
// Library: lvovich 2.1.0 (MIT), chosen over petrovich 0.2.1 after running both against the golden
// table in tests/unit/ru/person.test.ts. lvovich is the maintained TypeScript fork of petrovich's
// rules: it ships type declarations, has no dependencies and no Node-only code (plain CommonJS +
// ESM builds, bundled by Vite for the renderer as is), and fixes petrovich's errors that matter
// here: stressed patronymics (Ильичом, Кузьмичом, Фомичом, not «Ильичем»), female -ёва surnames
// («Соловьёвой», petrovich gives «Соловьёвы») and -ия surnames (Гарсии). On the golden table the
// bare libraries miss 37 (lvovich) and 43 (petrovich) of 380 oblique forms; petrovich is right only on
// female names in -ль (Гузели), fixed below. petrovich 0.2.1 is from 2014, untyped, and its UMD
// wrapper writes to `window`. Neither library keeps the first part of «Тер-Петросян» (their
// first-word tag never matches), so double surnames are split here.
//
// Rules applied here before the library, because it gets them wrong or because the documents need
// them spelled out:
// - Indeclinable surnames, both genders: those ending in -о/-е/-ё/-и/-ы/-у/-ю/-э (Бойко, Гриценко,
//   Дурново, Гёте, Ли, Шоу), in a vowel + «а» (Гарсиа), in -ых, and in -их after any letter but
//   р/л (Черных, Долгих, Седых, Верхних). Male -рих/-лих are German (Рерих, Эрлих) and decline.
// - Female surnames ending in a consonant, -й or -ь do not decline (Ковальчук, Маркс, Цой; the
//   library declines Цой for women).
// - Surnames in -а/-я decline for both genders (Зыга → Зыги, Глинка → Глинки). Only foreign
//   surnames with a stressed final -а (Дюма, Тома, Петипа) do not; stress cannot be read from
//   spelling, so these are the library's exception list, and in a union registry they are
//   practically absent, while native -а surnames (Зыга, from the Altai resolution) are common.
// - Double surnames: each part by its own rules (Петрова-Водкина, Ковальчук-Петровой for a woman),
//   except first parts that are not surnames of their own (Тер-Петросяна, Бонч-Бруевича).
// - A fleeting vowel is kept where dropping it leaves no vowel (Швец → Швеца, not «Швца»).
// - Adjectival female surnames (-ая/-яя) go through the adjective rules shared with organization
//   names: Толстая → Толстой, Рыжая → Рыжей (the library writes «Рыжой»).
// - Female names in -ь decline as «Любовь» (Гузели, Айгули, Асели: the library leaves -ль names
//   undeclined); female names ending in another consonant do not (Гульшат, Кармен).
// - A French-type hyphenated male name declines its last part only (Жан-Жака); female double names
//   decline both (Анны-Марии).
// - Turkic patronymics with оглы/кызы/улы/уулу do not decline.
// - A word typed in capitals stays in capitals.
// Initials never decline. The letter ё is kept where the input has it and the form keeps it.

import { inclineFirstname, inclineLastname, inclineMiddlename, getGender } from 'lvovich';
import { declineAdjective } from './adjective';
import { isGrammaticalCase, type GrammaticalCase } from './cases';
import { NBSP } from './numbers';

export type Gender = 'male' | 'female';

export interface PersonName {
  surname: string;
  name?: string | null;
  patronymic?: string | null;
}

export interface DeclinePersonOptions {
  /** «Петровой В.Г.» instead of «Петровой Вере Григорьевне». */
  initials?: boolean;
}

const VOWELS = 'аеёиоуыэюя';
const CYRILLIC = /[а-яё]/;

// First parts of double surnames that are not surnames of their own and stay unchanged.
const FIXED_FIRST_PARTS = new Set([
  'тер',
  'бонч',
  'грум',
  'сен',
  'сент',
  'корвин',
  'книппер',
  'шолом',
  'мелик',
  'ван',
  'фон',
  'абдул',
  'гасан',
]);

function clean(s: string | null | undefined): string {
  return (s ?? '').trim().replace(/\s+/g, ' ');
}

function lower(s: string): string {
  return s.toLocaleLowerCase('ru-RU');
}

/** The library appends lower-case endings; a word typed in capitals keeps its capitals. */
function keepCapitals(original: string, declined: string): string {
  const isCaps = original.length > 1 && original === original.toLocaleUpperCase('ru-RU') && original !== lower(original);
  return isCaps ? declined.toLocaleUpperCase('ru-RU') : declined;
}

function assertArgs(gender: unknown, grammaticalCase: unknown): void {
  if (gender !== 'male' && gender !== 'female') throw new Error(`Неизвестный пол «${String(gender)}»: ожидается male или female`);
  if (!isGrammaticalCase(grammaticalCase)) throw new Error(`Неизвестный падеж «${String(grammaticalCase)}»`);
}

const CASE_INDEX: Record<Exclude<GrammaticalCase, 'nominative'>, 0 | 1 | 2 | 3 | 4> = {
  genitive: 0,
  dative: 1,
  accusative: 2,
  instrumental: 3,
  prepositional: 4,
};

function withEnding(word: string, grammaticalCase: GrammaticalCase, drop: number, endings: readonly string[]): string {
  if (grammaticalCase === 'nominative') return word;
  const ending = endings[CASE_INDEX[grammaticalCase]] ?? '';
  return keepCapitals(word, word.slice(0, word.length - drop) + ending);
}

function isIndeclinableSurname(w: string, gender: Gender): boolean {
  const last = w.slice(-1);
  if ('оеёиыуюэ'.includes(last)) return true;
  if (/[аеёиоуыэюя]а$/.test(w)) return true;
  if (w.endsWith('ых')) return true;
  if (w.endsWith('их') && !/[рл]их$/.test(w)) return true;
  if (gender === 'female' && !VOWELS.includes(last)) return true;
  return false;
}

/** Male surnames the library would spoil: a fleeting vowel in a root with no other vowel
 *  (Швец, Жнец, Клок) and German -рих/-лих (Рерих, Эрлих). Declined as a plain hard stem. */
function isPlainMasculine(w: string): boolean {
  if (/[рл]их$/.test(w)) return true;
  const m = /^(.*)(?:ец|ок|ек|ёк|ел|ёл)$/.exec(w);
  return m !== null && ![...(m[1] ?? '')].some((ch) => VOWELS.includes(ch));
}

function declineSurnamePart(part: string, gender: Gender, grammaticalCase: GrammaticalCase, firstOfDouble: boolean): string {
  const w = lower(part);
  if (!CYRILLIC.test(w)) return part;
  if (firstOfDouble && FIXED_FIRST_PARTS.has(w)) return part;
  if (isIndeclinableSurname(w, gender)) return part;
  if (gender === 'female' && /(?:ая|яя)$/.test(w)) {
    // Adjectival female surnames by the adjective rules, which know рыжая → Рыжей (unstressed -ей
    // after ж/ш/ч/щ) where the library writes «Рыжой».
    const declined = declineAdjective(part, grammaticalCase, true);
    if (declined !== null) return keepCapitals(part, declined);
  }
  if (gender === 'male' && isPlainMasculine(w)) {
    return withEnding(part, grammaticalCase, 0, ['а', 'у', 'а', 'ом', 'е']);
  }
  return keepCapitals(part, inclineLastname(part, grammaticalCase, gender));
}

/**
 * The surname in a case. Each part of a double surname follows its own rules; particles before
 * the surname («фон», «де», «ван») stay as typed and the last word declines.
 */
export function declineSurname(surname: string, gender: Gender, grammaticalCase: GrammaticalCase): string {
  assertArgs(gender, grammaticalCase);
  const s = clean(surname);
  if (s === '' || grammaticalCase === 'nominative') return s;
  const space = s.lastIndexOf(' ');
  const particles = s.slice(0, space + 1);
  const parts = s.slice(space + 1).split('-');
  const declined = parts.map((p, i) => declineSurnamePart(p, gender, grammaticalCase, i === 0 && parts.length > 1));
  return particles + declined.join('-');
}

function declineFirstNamePart(part: string, gender: Gender, grammaticalCase: GrammaticalCase): string {
  const w = lower(part);
  if (!CYRILLIC.test(w)) return part;
  if (gender === 'female') {
    if (w.endsWith('ь')) return withEnding(part, grammaticalCase, 1, ['и', 'и', 'ь', 'ью', 'и']);
    if (!VOWELS.includes(w.slice(-1))) return part;
  }
  return keepCapitals(part, inclineFirstname(part, grammaticalCase, gender));
}

/** The first name in a case: «Лев» → «Льва», «Любовь» → «Любови», «Жан-Жак» → «Жан-Жака». */
export function declineFirstName(name: string | null | undefined, gender: Gender, grammaticalCase: GrammaticalCase): string {
  assertArgs(gender, grammaticalCase);
  const s = clean(name);
  if (s === '' || grammaticalCase === 'nominative') return s;
  return s
    .split(' ')
    .map((word) => {
      const parts = word.split('-');
      return parts
        .map((p, i) => (gender === 'male' && i < parts.length - 1 ? p : declineFirstNamePart(p, gender, grammaticalCase)))
        .join('-');
    })
    .join(' ');
}

const TURKIC_PATRONYMIC = /(?:оглы|кызы|гызы|улы|уулу|кзы)$/;

/** The patronymic in a case: «Ильич» → «Ильичом» (instr), «Кузьминична» → «Кузьминичне» (dat). */
export function declinePatronymic(patronymic: string | null | undefined, gender: Gender, grammaticalCase: GrammaticalCase): string {
  assertArgs(gender, grammaticalCase);
  const s = clean(patronymic);
  if (s === '' || grammaticalCase === 'nominative') return s;
  if (s.includes(' ') || TURKIC_PATRONYMIC.test(lower(s)) || !CYRILLIC.test(lower(s))) return s;
  return keepCapitals(s, inclineMiddlename(s, grammaticalCase, gender));
}

function initialOf(word: string): string {
  // «Жан-Жак» → «Ж.-Ж.»; «Гусейн оглы» → «Г.»; an initial already typed («В.») stays one.
  const first = word.split(' ')[0] ?? '';
  return first
    .split('-')
    .map((p) => /\p{L}/u.exec(p)?.[0])
    .filter((ch): ch is string => ch !== undefined)
    .map((ch) => `${ch.toLocaleUpperCase('ru-RU')}.`)
    .join('-');
}

/** «В.Г.» from name and patronymic (either may be missing). Initials never decline. */
export function initialsOf(person: PersonName): string {
  return [person.name, person.patronymic]
    .map(clean)
    .filter((s) => s !== '')
    .map(initialOf)
    .join('');
}

/**
 * The person's full name in a case: declinePerson({surname: 'Петрова', name: 'Вера', patronymic:
 * 'Григорьевна'}, 'female', 'dative') → «Петровой Вере Григорьевне»; with `{ initials: true }` →
 * «Петровой В.Г.» (the surname and the initials joined by a non-breaking space).
 */
export function declinePerson(
  person: PersonName,
  gender: Gender,
  grammaticalCase: GrammaticalCase,
  options: DeclinePersonOptions = {},
): string {
  const surname = declineSurname(person.surname, gender, grammaticalCase);
  if (options.initials === true) {
    return [surname, initialsOf(person)].filter((s) => s !== '').join(NBSP);
  }
  return [
    surname,
    declineFirstName(person.name, gender, grammaticalCase),
    declinePatronymic(person.patronymic, gender, grammaticalCase),
  ]
    .filter((s) => s !== '')
    .join(' ');
}

/**
 * «И.О. Фамилия», as under a signature: initialsFirst({surname: 'Абдуллаев', name: 'Юрий',
 * patronymic: 'Григорьевич'}) → «Ю.Г. Абдуллаев». Another case needs the gender (addressee of a
 * letter: «Ю.Г. Абдуллаеву»).
 */
export function initialsFirst(
  person: PersonName,
  gender?: Gender | null,
  grammaticalCase: GrammaticalCase = 'nominative',
): string {
  let surname: string;
  if (grammaticalCase === 'nominative') {
    surname = clean(person.surname);
  } else {
    if (gender !== 'male' && gender !== 'female') throw new Error('initialsFirst: для косвенного падежа нужен пол');
    surname = declineSurname(person.surname, gender, grammaticalCase);
  }
  return [initialsOf(person), surname].filter((s) => s !== '').join(NBSP);
}

/**
 * The gender a person's name shows, for records where it is missing: the patronymic decides
 * (-ич/оглы, -на/кызы), then the library's rules on the name and surname. null when it cannot be
 * told (Бойко Саша); declension then needs the user's answer.
 */
export function guessGender(person: PersonName): Gender | null {
  const patronymic = lower(clean(person.patronymic));
  if (/(?:ич|оглы|улы|уулу)$/.test(patronymic)) return 'male';
  if (/(?:на|кызы|гызы|кзы)$/.test(patronymic)) return 'female';
  const g = getGender({ first: clean(person.name) || null, last: clean(person.surname) || null, middle: null });
  return g === 'male' || g === 'female' ? g : null;
}
