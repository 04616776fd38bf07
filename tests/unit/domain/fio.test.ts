// The normal form of names: the import, the quick search and the duplicate checks all key on it.
import { describe, expect, it } from 'vitest';
import { fioNormalizer, normalizeFio, normalizeFioQuery, normalizeNamePart } from '../../../shared/domain/fio';

describe('normalizeNamePart', () => {
  it.each([
    ['Иванова', 'иванова'],
    ['ИВАНОВА', 'иванова'],
    ['Ёлкина', 'елкина'],
    ['ЁЛКИНА', 'елкина'],
    ['Королёв', 'королев'],
    ['  Петров  ', 'петров'],
    ['Петров\u00a0', 'петров'],
    ['Римский-Корсаков', 'римский-корсаков'],
    ['Римский - Корсаков', 'римский-корсаков'],
    ['Римский–Корсаков', 'римский-корсаков'],
    ['Римский — Корсаков', 'римский-корсаков'],
    ['Римский\u2011Корсаков', 'римский-корсаков'],
    ['Анна  Мария', 'анна мария'],
    ['Анна\tМария', 'анна мария'],
    ['Smith', 'smith'],
    ['Оглы', 'оглы'],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeNamePart(input)).toBe(expected);
  });
});

describe('normalizeFio', () => {
  it('joins the parts with one space and leaves a missing patronymic out', () => {
    expect(normalizeFio('Ёлкина', 'Анна', 'Петровна')).toBe('елкина анна петровна');
    expect(normalizeFio('Smith', 'John', null)).toBe('smith john');
    expect(normalizeFio('Smith', 'John', '')).toBe('smith john');
    expect(normalizeFio('Smith', 'John', '   ')).toBe('smith john');
    expect(normalizeFio(' Мамедов ', 'Рашид', 'Алиевич  Оглы')).toBe('мамедов рашид алиевич оглы');
  });

  it('gives the same key to the ways one person is written', () => {
    const key = normalizeFio('Салтыков-Щедрин', 'Фёдор', 'Семёнович');
    expect(normalizeFio('САЛТЫКОВ - ЩЕДРИН', 'ФЕДОР', 'СЕМЕНОВИЧ')).toBe(key);
    expect(normalizeFio('Салтыков–Щедрин ', ' Федор', 'Семенович')).toBe(key);
  });

  it('a query is a prefix of the key it should find', () => {
    expect(normalizeFio('Ёлкина', 'Анна', 'Петровна').startsWith(normalizeFioQuery('ЕЛКИНА  Ан'))).toBe(true);
  });
});

describe('fioNormalizer', () => {
  const people: [string, string, string | null | undefined][] = [
    ['Ёлкина', 'Анна', 'Петровна'],
    ['ЁЛКИНА', 'АННА', 'ПЕТРОВНА'],
    ['Smith', 'John', null],
    ['Smith', 'John', ''],
    ['Smith', 'John', '   '],
    ['Smith', 'John', undefined],
    [' Мамедов ', 'Рашид', 'Алиевич  Оглы'],
    ['Салтыков - Щедрин', 'Фёдор', 'Семёнович'],
    ['', 'Анна', 'Петровна'],
    ['', '', ''],
    ['Иванова', 'Анна', 'Петровна'],
    ['Иванова', 'Анна', 'Петровна'],
  ];

  it('gives exactly what normalizeFio gives, the first time and from its memory', () => {
    const normalize = fioNormalizer();
    for (const round of [1, 2]) {
      for (const [s, n, p] of people) expect([round, normalize(s, n, p)]).toEqual([round, normalizeFio(s, n, p)]);
    }
  });

  it('keeps at most `limit` parts, each as `keep` gives it, and stays right beyond the limit', () => {
    const kept: string[] = [];
    const normalize = fioNormalizer((text) => {
      kept.push(text);
      return text;
    }, 4);
    for (const [s, n, p] of people) expect(normalize(s, n, p)).toBe(normalizeFio(s, n, p));
    expect(kept).toEqual(['Ёлкина', 'Анна', 'Петровна', 'ЁЛКИНА']);
  });
});
