import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../../shared/values';

describe('parseBoolean', () => {
  it.each(['да', 'Да', 'ДА', 'д', 'yes', 'Y', 'TRUE', 'истина', 'ИСТИНА', '1', '+', 'есть', 'Согласен', 'да.'])('«%s» is yes', (v) => {
    expect(parseBoolean(v)).toEqual({ ok: true, value: true });
  });
  it.each(['нет', 'Нет', 'н', 'no', 'false', 'ложь', 'ЛОЖЬ', '0', '-', '−', '–', '—', 'не согласна'])('«%s» is no', (v) => {
    expect(parseBoolean(v)).toEqual({ ok: true, value: false });
  });
  it('takes booleans and 1/0 numbers as they are', () => {
    expect(parseBoolean(true)).toEqual({ ok: true, value: true });
    expect(parseBoolean(false)).toEqual({ ok: true, value: false });
    expect(parseBoolean(1)).toEqual({ ok: true, value: true });
    expect(parseBoolean(0)).toEqual({ ok: true, value: false });
  });
  it('blank is no value', () => {
    expect(parseBoolean('')).toEqual({ ok: true, value: null });
    expect(parseBoolean(null)).toEqual({ ok: true, value: null });
  });
  it('anything else is a problem that says what to type', () => {
    for (const bad of ['может быть', '2', 'дада', 'x']) {
      const r = parseBoolean(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.problem).toBe(`«${bad}» — ожидается «да» или «нет»`);
    }
    expect(parseBoolean(2).ok).toBe(false);
  });
});
