import { describe, expect, it } from 'vitest';
import {
  CARD_STATUS_LABELS,
  GENDER_LABELS,
  MEMBER_CATEGORY_LABELS,
  ORG_KIND_LABELS,
  ORG_LEVEL_LABELS,
  ORG_STATUS_LABELS,
  REMOVAL_REASON_LABELS,
} from '../../../shared/domain/enums';
import {
  enumParser,
  parseCardStatus,
  parseGender,
  parseMemberCategory,
  parseOrgKind,
  parseOrgLevel,
  parseOrgStatus,
  parseRemovalReason,
  type ValueParser,
} from '../../../shared/values';

const vocabularies: [string, Record<string, string>, ValueParser<string>][] = [
  ['gender', GENDER_LABELS, parseGender],
  ['level', ORG_LEVEL_LABELS, parseOrgLevel],
  ['kind', ORG_KIND_LABELS, parseOrgKind],
  ['status', ORG_STATUS_LABELS, parseOrgStatus],
  ['category', MEMBER_CATEGORY_LABELS, parseMemberCategory],
  ['card status', CARD_STATUS_LABELS, parseCardStatus],
  ['removal reason', REMOVAL_REASON_LABELS, parseRemovalReason],
];

describe('enum parsers', () => {
  it.each(vocabularies)('%s: every label in any case, and every id, reads back', (_name, labels, parse) => {
    for (const [id, label] of Object.entries(labels)) {
      expect(parse(label)).toEqual({ ok: true, value: id });
      expect(parse(label.toLocaleUpperCase('ru-RU'))).toEqual({ ok: true, value: id });
      expect(parse(`  ${label}  `)).toEqual({ ok: true, value: id });
      expect(parse(id)).toEqual({ ok: true, value: id });
    }
  });

  it('gender: м/ж/муж/жен in any case and with a dot', () => {
    for (const v of ['м', 'М', 'муж', 'Муж.', 'мужской']) expect(parseGender(v)).toEqual({ ok: true, value: 'male' });
    for (const v of ['ж', 'Ж', 'жен', 'ЖЕН.', 'женский']) expect(parseGender(v)).toEqual({ ok: true, value: 'female' });
  });

  it('ё and е are the same letter, quotes and spacing around brackets do not matter', () => {
    expect(parseMemberCategory('обучающиеся')).toEqual({ ok: true, value: 'student' });
    expect(parseOrgLevel('региональная(межрегиональная)')).toEqual({ ok: true, value: 'regional' });
    expect(parseCardStatus('«выдан»')).toEqual({ ok: true, value: 'issued' });
    expect(parseRemovalReason('перевод в другую организацию')).toEqual({ ok: true, value: 'transfer' });
  });

  it('reads the words specialists use for the same thing', () => {
    expect(parseOrgLevel('ППО')).toEqual({ ok: true, value: 'primary' });
    expect(parseOrgLevel('Районная')).toEqual({ ok: true, value: 'local' });
    expect(parseOrgKind('Районная')).toEqual({ ok: true, value: 'district_org' });
    expect(parseOrgKind('детский сад')).toEqual({ ok: true, value: 'kindergarten' });
    expect(parseOrgStatus('ликвидируется')).toEqual({ ok: true, value: 'liquidating' });
    expect(parseMemberCategory('Пенсионер')).toEqual({ ok: true, value: 'pensioner' });
    expect(parseCardStatus('Выдана')).toEqual({ ok: true, value: 'issued' });
    expect(parseCardStatus('доставлен')).toEqual({ ok: true, value: 'delivered' });
  });

  it('blank is no value', () => {
    expect(parseGender('')).toEqual({ ok: true, value: null });
    expect(parseCardStatus(null)).toEqual({ ok: true, value: null });
  });

  it('an unknown word is a problem listing the labels', () => {
    const r = parseCardStatus('потерян');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toContain('«потерян» — нет в списке допустимых значений');
      for (const label of Object.values(CARD_STATUS_LABELS)) expect(r.problem).toContain(`«${label}»`);
    }
    expect(parseGender('средний').ok).toBe(false);
    expect(parseGender(1).ok).toBe(false);
  });

  it('refuses to build a vocabulary where one word means two things', () => {
    expect(() => enumParser({ a: 'один', b: 'два' }, { b: ['Один'] })).toThrow(/ambiguous/);
  });
});
