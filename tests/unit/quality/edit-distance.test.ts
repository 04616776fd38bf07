import { describe, expect, it } from 'vitest';
import { oneTypoApart } from '../../../electron/core/quality/edit-distance';

describe('one typo apart', () => {
  it.each([
    ['смирнова', 'смирнава'],
    ['лебедева', 'лебедеева'],
    ['попов', 'попв'],
    ['козлова', 'кзолова'],
    ['а', 'б'],
    ['иванова-петрова', 'иванова петрова'],
  ])('%s ~ %s', (a, b) => {
    expect(oneTypoApart(a, b)).toBe(true);
    expect(oneTypoApart(b, a)).toBe(true);
  });

  it.each([
    ['иванова', 'иванова'],
    ['зуева', 'зуевская'],
    ['попов', 'поп'],
    ['козлова', 'лозкова'],
    ['абвг', 'бавг1'],
    ['смирнова', 'смирнвоаа'],
  ])('%s !~ %s', (a, b) => {
    expect(oneTypoApart(a, b)).toBe(false);
    expect(oneTypoApart(b, a)).toBe(false);
  });
});
