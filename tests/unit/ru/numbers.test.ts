import { describe, expect, it } from 'vitest';
import { MINUS, NBSP, formatDecimal, formatInt, formatNumber, formatPercent, formatRubles } from '../../../shared/ru/index';

// Expected values are written with «␣» for the non-breaking space and «−» for the minus sign.
function nb(s: string): string {
  return s.replace(/␣/g, NBSP);
}

describe('constants', () => {
  it('NBSP is U+00A0 and MINUS is U+2212', () => {
    expect(NBSP).toBe('\u00a0');
    expect(MINUS).toBe('\u2212');
  });
});

describe('formatInt', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [42, '42'],
    [999, '999'],
    [1000, '1␣000'],
    [1562, '1␣562'],
    [10000, '10␣000'],
    [123456, '123␣456'],
    [2399794, '2␣399␣794'],
    [3800000, '3␣800␣000'],
    [1234567890, '1␣234␣567␣890'],
    [-5, '−5'],
    [-1562, '−1␣562'],
    [-2399794, '−2␣399␣794'],
    [2.5, '3'],
    [-2.5, '−3'],
    [1999.5, '2␣000'],
    [0.4, '0'],
    [-0.4, '0'],
    [-0, '0'],
    [1e21, '1␣000␣000␣000␣000␣000␣000␣000'],
  ])('%d → %s', (n, expected) => {
    expect(formatInt(n)).toBe(nb(expected));
  });

  it('uses the minus sign U+2212, not a hyphen', () => {
    expect(formatInt(-1)).toBe(`${MINUS}1`);
    expect(formatInt(-1)).not.toContain('-');
  });

  it('groups with the non-breaking space only', () => {
    expect(formatInt(1234567)).not.toContain(' ');
  });

  it.each([NaN, Infinity, -Infinity])('refuses %d', (n) => {
    expect(() => formatInt(n)).toThrow(RangeError);
  });
});

describe('formatDecimal', () => {
  it.each([
    [13.2, 1, '13,2'],
    [13.25, 1, '13,3'],
    [13.24, 1, '13,2'],
    [0, 2, '0,00'],
    [1.005, 2, '1,01'],
    [2.675, 2, '2,68'],
    [1.45, 1, '1,5'],
    [-1.45, 1, '−1,5'],
    [-1.44, 1, '−1,4'],
    [-0.001, 2, '0,00'],
    [-0.004, 2, '0,00'],
    [-0.005, 2, '−0,01'],
    [0.995, 2, '1,00'],
    [9.999, 2, '10,00'],
    [12345.678, 2, '12␣345,68'],
    [1234567.5, 0, '1␣234␣568'],
    [0.1 + 0.2, 2, '0,30'],
    [1e-7, 3, '0,000'],
    [5e-7, 6, '0,000001'],
    [3, 3, '3,000'],
    [-1562.25, 1, '−1␣562,3'],
  ])('%d with %d places → %s', (x, digits, expected) => {
    expect(formatDecimal(x, digits)).toBe(nb(expected));
  });

  it.each([-1, 1.5, 21])('refuses %d places', (digits) => {
    expect(() => formatDecimal(1, digits)).toThrow(RangeError);
  });

  it('refuses NaN', () => {
    expect(() => formatDecimal(NaN, 1)).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it.each([
    [3, 2, '3'],
    [2.5, 2, '2,5'],
    [2.50001, 2, '2,5'],
    [1.004, 2, '1'],
    [1.236, 2, '1,24'],
    [-0.5, 1, '−0,5'],
    [-0.04, 1, '0'],
    [12345.6, 2, '12␣345,6'],
  ])('%d (≤%d places) → %s', (x, maxDigits, expected) => {
    expect(formatNumber(x, maxDigits)).toBe(nb(expected));
  });
});

describe('formatPercent', () => {
  it.each([
    [87.45, undefined, '87,45%'],
    [87.454, undefined, '87,45%'],
    [87.455, undefined, '87,46%'],
    [101.3, undefined, '101,30%'],
    [13.2, 1, '13,2%'],
    [40, 0, '40%'],
    [100, undefined, '100,00%'],
    [0, undefined, '0,00%'],
    [-15.07, undefined, '−15,07%'],
    [1234.5, 1, '1␣234,5%'],
  ])('%d (%s places) → %s', (x, digits, expected) => {
    expect(formatPercent(x, digits)).toBe(nb(expected));
  });

  it('refuses Infinity (0 members in the stat report)', () => {
    expect(() => formatPercent(1 / 0)).toThrow(RangeError);
  });
});

describe('formatRubles', () => {
  it.each([
    [10000, '10␣000␣руб.'],
    [0, '0␣руб.'],
    [500, '500␣руб.'],
    [1234.5, '1␣234,50␣руб.'],
    [1234.005, '1␣234,01␣руб.'],
    [99.999, '100␣руб.'],
    [-250, '−250␣руб.'],
  ])('%d → %s', (n, expected) => {
    expect(formatRubles(n)).toBe(nb(expected));
  });
});
