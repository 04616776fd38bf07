import { describe, expect, it } from 'vitest';
import { cellText, parseCode, parseCount, parseInn, textParser } from '../../../shared/values';

describe('parseCount', () => {
  it('reads whole numbers as spreadsheets write them', () => {
    expect(parseCount('1 234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('1\u00a0234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('12,0')).toEqual({ ok: true, value: 12 });
    expect(parseCount(0)).toEqual({ ok: true, value: 0 });
    expect(parseCount(350)).toEqual({ ok: true, value: 350 });
    expect(parseCount('')).toEqual({ ok: true, value: null });
  });
  it('rejects negatives, fractions and words', () => {
    for (const bad of ['-3', '12,5', 'много', -1, 2.5]) expect(parseCount(bad).ok, String(bad)).toBe(false);
  });
});

describe('parseCode', () => {
  it('number cells and «12345.0» give digits, text stays as typed', () => {
    expect(parseCode(12345)).toEqual({ ok: true, value: '12345' });
    expect(parseCode('12345.0')).toEqual({ ok: true, value: '12345' });
    expect(parseCode(' 0012 ')).toEqual({ ok: true, value: '0012' });
    expect(parseCode('22-ППО-5')).toEqual({ ok: true, value: '22-ППО-5' });
  });
  it('rejects spaces inside, fractions and 51+ characters', () => {
    expect(parseCode('12 34').ok).toBe(false);
    expect(parseCode(1.5).ok).toBe(false);
    expect(parseCode('1'.repeat(51)).ok).toBe(false);
  });
});

describe('parseInn', () => {
  it('10 or 12 digits', () => {
    expect(parseInn('2221000010')).toEqual({ ok: true, value: '2221000010' });
    expect(parseInn(2221000010)).toEqual({ ok: true, value: '2221000010' });
    expect(parseInn('222 100 001 012')).toEqual({ ok: true, value: '222100001012' });
    expect(parseInn('12345').ok).toBe(false);
    expect(parseInn('22210000ab').ok).toBe(false);
  });
});

describe('textParser', () => {
  const parse = textParser(1000);
  it('trims and joins lines and spaces', () => {
    expect(parse('  ППО МБОУ\n«Школа № 1»  ')).toEqual({ ok: true, value: 'ППО МБОУ «Школа № 1»' });
    expect(parse('')).toEqual({ ok: true, value: null });
  });
  it('refuses a 50,000-character cell, saying how long it is', () => {
    expect(parse('я'.repeat(50_000))).toEqual({
      ok: false,
      problem: 'значение слишком длинное: 50\u00a0000 знаков (допустимо не более 1\u00a0000)',
    });
  });
});

describe('cellText', () => {
  it('prints cells as a person reads them', () => {
    expect(cellText(79123456789)).toBe('79123456789');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(true)).toBe('да');
    expect(cellText(new Date(Date.UTC(2020, 0, 31)))).toBe('31.01.2020');
    expect(cellText(null)).toBe('');
  });
});
