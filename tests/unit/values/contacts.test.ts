import { describe, expect, it } from 'vitest';
import { cleanEmailText, parseEmail, parsePhone } from '../../../shared/values';

describe('parsePhone', () => {
  it.each([
    ['+7 (912) 345-67-89', '+79123456789'],
    ['8 912 345 67 89', '+79123456789'],
    ['89123456789', '+79123456789'],
    ['79123456789', '+79123456789'],
    ['9123456789', '+79123456789'],
    ['(3812) 12-34-56', '+73812123456'],
    ['+7-912-345-67-89', '+79123456789'],
    ['8.912.345.67.89', '+79123456789'],
    ['+79123456789', '+79123456789'],
    [' +73812123456 ', '+73812123456'],
  ])('«%s» → %s', (input, phone) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: phone });
  });

  it('reads number cells', () => {
    expect(parsePhone(89123456789)).toEqual({ ok: true, value: '+79123456789' });
    expect(parsePhone(9123456789)).toEqual({ ok: true, value: '+79123456789' });
  });

  it('blank is no value', () => {
    expect(parsePhone('  ')).toEqual({ ok: true, value: null });
  });

  it('rejects wrong lengths, letters and foreign prefixes', () => {
    for (const bad of ['12-34-56', '+380 44 123 45 67', '59123456789', 'нет телефона', '8 912 345 67 89 доб. 12', '+7 912 345 67 8', '+7912345678', '+791234567890', '+7912345678x', '+8912345678', '+7912345678٣']) {
      const r = parsePhone(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.problem).toContain('не номер телефона');
    }
  });

  it('asks for one number when a cell holds two', () => {
    const r = parsePhone('8 912 345-67-89, 8 913 111-22-33');
    expect(r).toEqual({ ok: false, problem: expect.stringContaining('несколько телефонов') });
  });
});

describe('parseEmail', () => {
  it('trims and lower-cases', () => {
    expect(parseEmail('  Ivanova.Anna@Mail.RU ')).toEqual({ ok: true, value: 'ivanova.anna@mail.ru' });
    expect(parseEmail('mailto:petrov@yandex.ru')).toEqual({ ok: true, value: 'petrov@yandex.ru' });
    expect(parseEmail('профсоюз@школа.рф')).toEqual({ ok: true, value: 'профсоюз@школа.рф' });
    expect(parseEmail('a_b-c+d@sub.domain.org')).toEqual({ ok: true, value: 'a_b-c+d@sub.domain.org' });
    expect(parseEmail(' MAILTO:Petrov@Yandex.RU')).toEqual({ ok: true, value: 'petrov@yandex.ru' });
    expect(parseEmail('Mailto:')).toEqual({ ok: true, value: null });
  });

  it('blank is no value', () => {
    expect(parseEmail('')).toEqual({ ok: true, value: null });
  });

  it('rejects the usual typos', () => {
    for (const bad of ['ivanov@mail', 'ivanov.mail.ru', 'ivanov@yandex,ru', 'iva nov@mail.ru', 'ivanov@@mail.ru', 'ivanov@mail..ru', '@mail.ru', 'ivanov@mail.r', 'ivanov@.mail.ru', 'ivanov.@mail.ru', '.ivanov@mail.ru', 'ivanov@mail.ru@']) {
      const r = parseEmail(bad);
      expect(r.ok, bad).toBe(false);
    }
    expect(parseEmail('ivanov@mail').ok || parseEmail('ivanov@mail')).toEqual({ ok: false, problem: '«ivanov@mail» — не адрес электронной почты (ожидается вида имя@домен.ru)' });
  });

  it('asks for one address when a cell holds two', () => {
    expect(parseEmail('a@mail.ru; b@mail.ru')).toEqual({ ok: false, problem: expect.stringContaining('несколько адресов') });
    expect(parseEmail('a@mail.ru b@mail.ru')).toEqual({ ok: false, problem: expect.stringContaining('несколько адресов') });
  });

  it('keeps an unreadable address as lower-cased text for the data checks', () => {
    expect(cleanEmailText('  Ivanov@Mail ')).toBe('ivanov@mail');
    expect(cleanEmailText('')).toBeNull();
  });
});
