import { describe, expect, it } from 'vitest';
import {
  MONTHS_GENITIVE,
  NBSP,
  formatAsOf,
  formatDateGenitiveYear,
  formatDateLong,
  formatDateNumeric,
  formatDateQuoted,
  parseIsoDate,
  toIsoDate,
} from '../../../shared/ru/index';

function nb(s: string): string {
  return s.replace(/␣/g, NBSP);
}

describe('MONTHS_GENITIVE', () => {
  it('lists the twelve months in the genitive', () => {
    expect(MONTHS_GENITIVE).toEqual([
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ]);
  });
});

describe('formatDateNumeric', () => {
  it.each([
    ['2021-12-24', '24.12.2021'],
    ['2020-02-28', '28.02.2020'],
    ['2021-01-01', '01.01.2021'],
    ['2024-02-29', '29.02.2024'],
    ['2000-02-29', '29.02.2000'],
    ['2025-08-18', '18.08.2025'],
    ['0999-03-05', '05.03.0999'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateNumeric(iso)).toBe(expected);
  });

  it('takes a Date in local time', () => {
    expect(formatDateNumeric(new Date(2021, 11, 24, 23, 59))).toBe('24.12.2021');
    expect(formatDateNumeric(new Date(2021, 0, 1, 0, 0))).toBe('01.01.2021');
  });
});

describe('formatDateLong', () => {
  it.each([
    ['2021-12-24', '24␣декабря␣2021␣г.'],
    ['2020-02-28', '28␣февраля␣2020␣г.'],
    ['2021-01-01', '1␣января␣2021␣г.'],
    ['2021-03-08', '8␣марта␣2021␣г.'],
    ['2021-04-20', '20␣апреля␣2021␣г.'],
    ['2021-05-09', '9␣мая␣2021␣г.'],
    ['2021-06-12', '12␣июня␣2021␣г.'],
    ['2021-07-31', '31␣июля␣2021␣г.'],
    ['2021-08-18', '18␣августа␣2021␣г.'],
    ['2021-09-01', '1␣сентября␣2021␣г.'],
    ['2021-10-01', '1␣октября␣2021␣г.'],
    ['2021-11-04', '4␣ноября␣2021␣г.'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateLong(iso)).toBe(nb(expected));
  });

  it('takes a Date', () => {
    expect(formatDateLong(new Date(2020, 1, 28))).toBe(nb('28␣февраля␣2020␣г.'));
  });
});

describe('formatDateQuoted', () => {
  it.each([
    ['2021-12-24', '«24»␣декабря␣2021␣г.'],
    ['2021-03-05', '«05»␣марта␣2021␣г.'],
    ['2018-09-23', '«23»␣сентября␣2018␣г.'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateQuoted(iso)).toBe(nb(expected));
  });

  it('uses guillemets, not straight quotes', () => {
    const s = formatDateQuoted('2021-12-24');
    expect(s.startsWith('«')).toBe(true);
    expect(s).not.toContain('"');
  });
});

describe('formatDateGenitiveYear and formatAsOf', () => {
  it.each([
    ['2021-01-01', '1␣января␣2021␣года'],
    ['2020-04-20', '20␣апреля␣2020␣года'],
    ['2019-10-01', '1␣октября␣2019␣года'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateGenitiveYear(iso)).toBe(nb(expected));
  });

  it.each([
    ['2021-01-01', 'на␣1␣января␣2021␣года'],
    ['2020-02-21', 'на␣21␣февраля␣2020␣года'],
    ['2025-07-01', 'на␣1␣июля␣2025␣года'],
  ])('%s → %s', (iso, expected) => {
    expect(formatAsOf(iso)).toBe(nb(expected));
  });

  it('takes a Date', () => {
    expect(formatAsOf(new Date(2021, 0, 1))).toBe(nb('на␣1␣января␣2021␣года'));
  });
});

describe('invalid dates are refused', () => {
  it.each([
    '2021-02-30',
    '2021-02-29',
    '1900-02-29',
    '2021-13-01',
    '2021-00-10',
    '2021-04-31',
    '2021-01-00',
    '2021-1-1',
    '21-01-01',
    '24.12.2021',
    '2021-12-24T00:00:00',
    ' 2021-12-24',
    '',
    'вчера',
    '0000-01-01',
  ])('«%s»', (iso) => {
    expect(() => formatDateLong(iso)).toThrow(Error);
    expect(() => formatDateNumeric(iso)).toThrow(/Некорректная дата/);
  });

  it('an invalid Date object', () => {
    expect(() => formatDateLong(new Date('nonsense'))).toThrow(/Некорректная дата/);
  });

  it('a non-string at run time', () => {
    expect(() => formatDateLong(20211224 as unknown as string)).toThrow(/Некорректная дата/);
  });
});

describe('parseIsoDate and toIsoDate', () => {
  it('parses the parts', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('prints a Date as ISO in local time', () => {
    expect(toIsoDate(new Date(2021, 11, 24, 23, 30))).toBe('2021-12-24');
    expect(toIsoDate('2021-12-24')).toBe('2021-12-24');
  });
});
