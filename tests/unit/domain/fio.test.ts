// The normal form of names: the import, the quick search and the duplicate checks all key on it.
import { describe, expect, it } from 'vitest';
import { normalizeFio, normalizeFioQuery, normalizeNamePart } from '../../../shared/domain/fio';

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
