import { describe, expect, it } from 'vitest';
import * as ru from '../../../shared/ru/index';
import { CASES, CASE_LABELS, isGrammaticalCase, parseCase } from '../../../shared/ru/index';

describe('CASES and CASE_LABELS', () => {
  it('lists the six cases in school order', () => {
    expect(CASES).toEqual(['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional']);
  });

  it('labels them in Russian', () => {
    expect(CASE_LABELS).toEqual({
      nominative: 'именительный',
      genitive: 'родительный',
      dative: 'дательный',
      accusative: 'винительный',
      instrumental: 'творительный',
      prepositional: 'предложный',
    });
  });
});

describe('parseCase', () => {
  it.each([
    ['nominative', 'nominative'],
    ['Genitive', 'genitive'],
    ['DATIVE', 'dative'],
    ['  accusative ', 'accusative'],
    ['именительный', 'nominative'],
    ['Родительный', 'genitive'],
    ['ДАТЕЛЬНЫЙ', 'dative'],
    ['винительный падеж', 'accusative'],
    ['Творительный  падеж', 'instrumental'],
    [' предложный', 'prepositional'],
  ] as const)('«%s» → %s', (text, expected) => {
    expect(parseCase(text)).toBe(expected);
  });

  it.each(['', 'locative', 'местный', 'дат', 'падеж', 'родительный дательный'])('«%s» → null', (text) => {
    expect(parseCase(text)).toBeNull();
  });
});

describe('isGrammaticalCase', () => {
  it('accepts ids only', () => {
    expect(isGrammaticalCase('dative')).toBe(true);
    expect(isGrammaticalCase('дательный')).toBe(false);
    expect(isGrammaticalCase(3)).toBe(false);
    expect(isGrammaticalCase(undefined)).toBe(false);
  });
});

describe('the public API of shared/ru', () => {
  it('exports every function the rest of the app uses', () => {
    const names = [
      'formatInt',
      'formatDecimal',
      'formatNumber',
      'formatPercent',
      'formatRubles',
      'pluralForm',
      'pluralCategory',
      'agree',
      'formatDateNumeric',
      'formatDateLong',
      'formatDateQuoted',
      'formatDateGenitiveYear',
      'formatAsOf',
      'parseIsoDate',
      'toCalendarDate',
      'toIsoDate',
      'parseCase',
      'isGrammaticalCase',
      'declinePerson',
      'declineSurname',
      'declineFirstName',
      'declinePatronymic',
      'initialsOf',
      'initialsFirst',
      'guessGender',
      'declineOrgName',
    ];
    for (const name of names) expect(typeof (ru as Record<string, unknown>)[name], name).toBe('function');
  });
});
