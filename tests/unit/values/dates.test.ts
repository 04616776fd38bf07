import { describe, expect, it } from 'vitest';
import { dateInFileName, parseDate } from '../../../shared/values';

const value = (input: Parameters<typeof parseDate>[0]) => {
  const r = parseDate(input);
  if (!r.ok) throw new Error(r.problem);
  return r.value;
};
const problem = (input: Parameters<typeof parseDate>[0]) => {
  const r = parseDate(input);
  if (r.ok) throw new Error(`expected a problem, got ${String(r.value)}`);
  return r.problem;
};

describe('parseDate', () => {
  it.each([
    ['05.03.1980', '1980-03-05'],
    ['5.3.1980', '1980-03-05'],
    ['5.3.80', '1980-03-05'],
    ['01.09.29', '2029-09-01'],
    ['01.09.30', '1930-09-01'],
    ['01.01.00', '2000-01-01'],
    ['1980-03-05', '1980-03-05'],
    ['1980-3-5', '1980-03-05'],
    ['1980-03-05T00:00:00.000Z', '1980-03-05'],
    ['05/03/1980', '1980-03-05'],
    ['05-03-1980', '1980-03-05'],
    ['  05.03.1980  ', '1980-03-05'],
    ['05.03.1980 г.', '1980-03-05'],
    ['05.03.1980 0:00:00', '1980-03-05'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2000', '2000-02-29'],
    ['31.12.2100', '2100-12-31'],
    ['01.01.1900', '1900-01-01'],
    ['30.04.1990', '1990-04-30'],
    ['31.01.1990', '1990-01-31'],
  ])('reads «%s» as %s', (input, iso) => {
    expect(value(input)).toBe(iso);
  });

  it('reads Excel serial numbers, as numbers and as text, with a time part', () => {
    expect(value(29285)).toBe('1980-03-05');
    expect(value(1)).toBe('1900-01-01');
    expect(value(59)).toBe('1900-02-28');
    expect(value(61)).toBe('1900-03-01');
    expect(value(45931)).toBe('2025-10-01');
    expect(value(45931.75)).toBe('2025-10-01');
    expect(value('45931')).toBe('2025-10-01');
    expect(value('45931,5')).toBe('2025-10-01');
  });

  it('reads Date objects by their UTC day (how spreadsheet readers create them)', () => {
    expect(value(new Date(Date.UTC(1980, 2, 5)))).toBe('1980-03-05');
  });

  it('blank is no value, not a problem', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
    expect(value(null)).toBeNull();
    expect(value(undefined)).toBeNull();
  });

  it('rejects days that do not exist, naming the value', () => {
    expect(problem('31.02.2020')).toBe('«31.02.2020» — такой даты нет в календаре');
    expect(problem('29.02.2023')).toContain('нет в календаре');
    expect(problem('2021-13-01')).toContain('нет в календаре');
    expect(problem('00.01.2020')).toContain('нет в календаре');
    expect(problem(60)).toContain('нет в календаре');
    expect(problem('31.04.1990')).toContain('нет в календаре');
    expect(problem('31.11.1990')).toContain('нет в календаре');
    expect(problem('32.01.1990')).toContain('нет в календаре');
    expect(problem('29.02.1900')).toContain('нет в календаре');
  });

  it('rejects what is not a date, with the expected form', () => {
    for (const bad of ['вчера', '1980', '05.03', '5 марта 1980', '05.03.198', '12345678', 'NaN', '05..03.1980']) {
      expect(problem(bad), bad).toContain('ожидается ДД.ММ.ГГГГ');
    }
    expect(problem(-5)).toContain('не дата');
    expect(problem(Number.NaN)).toContain('не дата');
    expect(problem(new Date('нет'))).toContain('не дата');
  });

  it('rejects years outside 1900–2100', () => {
    expect(problem('01.02.0210')).toContain('1900–2100');
    expect(problem('01.02.2210')).toContain('год вне допустимых пределов');
  });

  it('shortens a huge value in the problem text', () => {
    const text = problem('x'.repeat(50_000));
    expect(text.length).toBeLessThan(120);
    expect(text).toContain('…');
  });
});

describe('dateInFileName', () => {
  it.each([
    ['Выгрузка_01.10.2026.xlsx', '2026-10-01'],
    ['members 2026-10-01.csv', '2026-10-01'],
    ['члены_1_4_26.csv', '2026-04-01'],
    ['Реестр 31.02.2026 и 01.03.2026.xlsx', '2026-03-01'],
  ])('%s → %s', (name, iso) => {
    expect(dateInFileName(name)).toBe(iso);
  });

  it('is null without a date', () => {
    expect(dateInFileName('Выгрузка АИС.xlsx')).toBeNull();
    expect(dateInFileName('2026.xlsx')).toBeNull();
  });
});
