// Synthetic people: a gender-consistent surname, first name and patronymic, with the contact
// details a registry holds. Used for members and for the chairs of organizations alike.
import type { Gender } from '../../../shared/domain/enums';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES, patronymic, surnameFor, translit } from './names';
import { WeightedTable, type Random } from './random';
import { isoDate } from './dates';

export interface Person {
  surname: string;
  name: string;
  patronymic: string;
  gender: Gender;
  /** Birth date as a day number (see dates.ts). */
  birth: number;
}

// Frequent surnames and names come up more often, as in any real list (a Zipf-like tail).
const zipf = <T>(items: readonly T[], exponent: number): WeightedTable<T> =>
  new WeightedTable(items.map((item, i) => [item, 1 / Math.pow(i + 1, exponent)] as const));

const SURNAME_TABLE = zipf(SURNAMES, 0.35);
const MALE_TABLE = zipf(MALE_NAMES, 0.5);
const FEMALE_TABLE = zipf(FEMALE_NAMES, 0.5);
const FATHER_TABLE = zipf(MALE_NAMES, 0.4);

export function randomPerson(rng: Random, gender: Gender, birth: number): Person {
  const male = SURNAME_TABLE.draw(rng);
  return {
    surname: surnameFor(male, gender),
    name: (gender === 'male' ? MALE_TABLE : FEMALE_TABLE).draw(rng),
    patronymic: patronymic(FATHER_TABLE.draw(rng), gender),
    gender,
    birth,
  };
}

/** A Russian mobile number in the form the AIS stores: +79XXXXXXXXX. */
export function randomPhone(rng: Random): string {
  return `+79${rng.digits(9)}`;
}

const DOMAINS = new WeightedTable<string>([
  ['mail.ru', 40],
  ['yandex.ru', 25],
  ['gmail.com', 12],
  ['bk.ru', 6],
  ['inbox.ru', 5],
  ['list.ru', 5],
  ['rambler.ru', 5],
  ['ya.ru', 2],
]);

/** A plausible personal address built from the person's name (logins repeat, as they do in life). */
export function randomEmail(rng: Random, person: Person): string {
  const sur = translit(person.surname);
  const nm = translit(person.name);
  const year = isoDate(person.birth).slice(0, 4);
  let login: string;
  switch (rng.int(0, 4)) {
    case 0:
      login = `${sur}.${nm}`;
      break;
    case 1:
      login = `${sur}${year.slice(2)}`;
      break;
    case 2:
      login = `${nm}.${sur}${rng.int(1, 99)}`;
      break;
    case 3:
      login = `${sur}_${nm.charAt(0)}${translit(person.patronymic).charAt(0)}`;
      break;
    default:
      login = `${nm}${year}`;
  }
  return `${login}@${DOMAINS.draw(rng)}`;
}

/** The typos the recommendation letters must catch: no top-level domain, no «@», a comma. */
export function invalidEmail(rng: Random, person: Person): string {
  const sur = translit(person.surname);
  switch (rng.int(0, 2)) {
    case 0:
      return `${sur}@mail`;
    case 1:
      return `${sur}.mail.ru`;
    default:
      return `${sur}@yandex,ru`;
  }
}
