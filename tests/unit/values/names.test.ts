import { describe, expect, it } from 'vitest';
import { capitalizeName, parseFullName, parseNamePart } from '../../../shared/values';

describe('parseNamePart', () => {
  it.each([
    ['иванова', 'Иванова'],
    ['  ИВАНОВА  ', 'Иванова'],
    ['иванова-петрова', 'Иванова-Петрова'],
    ['ИВАНОВА - ПЕТРОВА', 'Иванова-Петрова'],
    ['анна  мария', 'Анна Мария'],
    ['рафик оглы', 'Рафик оглы'],
    ["д'артаньян", "Д'Артаньян"],
    ['ёлкина', 'Ёлкина'],
    ['smith', 'Smith'],
  ])('«%s» → «%s»', (input, out) => {
    expect(parseNamePart(input)).toEqual({ ok: true, value: out });
  });

  it('blank is no value', () => {
    expect(parseNamePart('')).toEqual({ ok: true, value: null });
  });

  it('rejects digits and symbols, and names over 100 characters', () => {
    expect(parseNamePart('Иванов2')).toEqual({ ok: false, problem: expect.stringContaining('только буквы') });
    expect(parseNamePart('=СУММ(A1)').ok).toBe(false);
    expect(parseNamePart(12).ok).toBe(false);
    expect(parseNamePart('а'.repeat(101))).toEqual({ ok: false, problem: expect.stringContaining('не более 100') });
  });

  it('capitalizeName is idempotent', () => {
    expect(capitalizeName(capitalizeName('иванова-петрова анна'))).toBe('Иванова-Петрова Анна');
  });
});

describe('parseFullName', () => {
  it('splits three words', () => {
    expect(parseFullName('иванова анна петровна')).toEqual({ ok: true, value: { surname: 'Иванова', name: 'Анна', patronymic: 'Петровна' } });
  });
  it('two words: no patronymic', () => {
    expect(parseFullName('Smith John')).toEqual({ ok: true, value: { surname: 'Smith', name: 'John', patronymic: null } });
  });
  it('keeps «оглы» with the patronymic', () => {
    expect(parseFullName('Мамедов Эльдар Рафик оглы')).toEqual({
      ok: true,
      value: { surname: 'Мамедов', name: 'Эльдар', patronymic: 'Рафик оглы' },
    });
  });
  it('one word or five is a problem', () => {
    expect(parseFullName('Иванова')).toEqual({ ok: false, problem: expect.stringContaining('не удалось разделить') });
    expect(parseFullName('Иванова Анна Петровна Сидорова Мария').ok).toBe(false);
  });
  it('blank is no value', () => {
    expect(parseFullName(' ')).toEqual({ ok: true, value: null });
  });
});
