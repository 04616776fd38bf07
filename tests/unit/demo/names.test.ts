import { describe, expect, it } from 'vitest';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES, femaleSurname, patronymic, translit } from '../../../electron/core/demo/names';

describe('demo names', () => {
  it('derives patronymics by the rules, irregular ones included', () => {
    const cases: Array<[string, string, string]> = [
      ['Иван', 'Иванович', 'Ивановна'],
      ['Никита', 'Никитич', 'Никитична'],
      ['Илья', 'Ильич', 'Ильинична'],
      ['Лев', 'Львович', 'Львовна'],
      ['Игорь', 'Игоревич', 'Игоревна'],
      ['Сергей', 'Сергеевич', 'Сергеевна'],
      ['Николай', 'Николаевич', 'Николаевна'],
      ['Евгений', 'Евгеньевич', 'Евгеньевна'],
      ['Юрий', 'Юрьевич', 'Юрьевна'],
      ['Дмитрий', 'Дмитриевич', 'Дмитриевна'],
      ['Георгий', 'Георгиевич', 'Георгиевна'],
      ['Павел', 'Павлович', 'Павловна'],
      ['Пётр', 'Петрович', 'Петровна'],
      ['Семён', 'Семёнович', 'Семёновна'],
      ['Фёдор', 'Фёдорович', 'Фёдоровна'],
      ['Михаил', 'Михайлович', 'Михайловна'],
      ['Яков', 'Яковлевич', 'Яковлевна'],
      ['Матвей', 'Матвеевич', 'Матвеевна'],
    ];
    for (const [father, male, female] of cases) {
      expect(patronymic(father, 'male'), father).toBe(male);
      expect(patronymic(father, 'female'), father).toBe(female);
    }
  });

  it('gives every listed male name a patronymic of the right gender', () => {
    for (const n of MALE_NAMES) {
      expect(patronymic(n, 'male'), n).toMatch(/(ич)$/);
      expect(patronymic(n, 'female'), n).toMatch(/(на)$/);
    }
  });

  it('forms female surnames; -ых, -ко and -ук stay the same', () => {
    expect(femaleSurname('Иванов')).toBe('Иванова');
    expect(femaleSurname('Фёдоров')).toBe('Фёдорова');
    expect(femaleSurname('Ильин')).toBe('Ильина');
    expect(femaleSurname('Троицкий')).toBe('Троицкая');
    expect(femaleSurname('Покровский')).toBe('Покровская');
    expect(femaleSurname('Ковальчук')).toBe('Ковальчук');
    expect(femaleSurname('Черных')).toBe('Черных');
    expect(femaleSurname('Бойко')).toBe('Бойко');
    for (const s of ['Ковальчук', 'Черных', 'Бойко', 'Фёдоров']) expect(SURNAMES).toContain(s);
  });

  it('has ё names so ё/е handling gets exercised', () => {
    expect(MALE_NAMES).toEqual(expect.arrayContaining(['Семён', 'Пётр']));
    expect(FEMALE_NAMES).toContain('Алёна');
  });

  it('transliterates for e-mail logins', () => {
    expect(translit('Фёдорова')).toBe('fedorova');
    expect(translit('Щербаков')).toBe('shcherbakov');
    expect(translit('Юлия')).toBe('yuliya');
  });
});
