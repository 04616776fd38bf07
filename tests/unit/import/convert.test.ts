import { describe, expect, it } from 'vitest';
import { rowConverter } from '../../../electron/core/import/convert';
import { resolveMapping } from '../../../electron/core/import/match/mapping';

// The converter remembers parsed texts per column (a short list, then a map, dropped for a column
// of unique values): whatever it remembers, every row must come out as if parsed on its own.
const HEADERS = ['Пол', 'Имя', 'Телефон', 'Дата рождения', 'Код организации', 'Фамилия'];
const GENDERS = ['м', 'Ж', 'муж', 'жен', 'мужской', 'X'];
const NAMES = Array.from({ length: 40 }, (_, i) => `ан${String.fromCharCode(1072 + (i % 32))}${String.fromCharCode(1072 + Math.floor(i / 32))}`);

function rows(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    cells: [
      GENDERS[i % GENDERS.length]!,
      NAMES[(i * 7) % NAMES.length]!,
      `8 (912) ${String(1_000_000 + i).slice(1, 4)}-${String(i).padStart(4, '0').slice(-4)}`,
      i % 50 === 0 ? '31.02.1990' : `${(i % 28) + 1}.${(i % 12) + 1}.19${50 + (i % 50)}`,
      String(100 + (i % 3)),
      'Иванова',
    ],
  }));
}

describe('rowConverter', () => {
  it('gives every row the values and problems of parsing it alone, however many times a text repeats', () => {
    const mapping = resolveMapping('Члены.csv', 'members', HEADERS);
    const convert = rowConverter({ fileName: 'Члены.csv', format: 'csv' }, mapping);
    const input = rows(10_000);
    for (const source of input) {
      const out = convert({ row: source.row, cells: [...source.cells] });
      // A fresh converter sees this row first: nothing remembered.
      const alone = rowConverter({ fileName: 'Члены.csv', format: 'csv' }, mapping)(source);
      expect(out.problems).toEqual(alone.problems);
      expect(out.skip).toBe(alone.skip);
      for (const id of ['gender', 'name', 'phone', 'birthDate']) expect(out.values.get(id)).toEqual(alone.values.get(id));
    }
  });

  it('reads the labels, repeated names and unique phones right', () => {
    const mapping = resolveMapping('Члены.csv', 'members', HEADERS);
    const convert = rowConverter({ fileName: 'Члены.csv', format: 'csv' }, mapping);
    const out = rows(5_000).map((r) => convert(r));
    expect(out.slice(0, 6).map((r) => r.values.get('gender'))).toEqual(['male', 'female', 'male', 'female', 'male', undefined]);
    expect(out[5]!.problems.map((p) => [p.row, p.column, p.severity])).toEqual([[7, 'Пол', 'warning']]);
    // The unknown gender is reported on every row that has it, not only the first.
    expect(out.filter((r) => r.problems.some((p) => p.column === 'Пол')).length).toBe(Math.floor(5_000 / 6) + (5_000 % 6 > 5 ? 1 : 0));
    expect(out[4_999]!.values.get('name')).toBe(NAMES[(4_999 * 7) % NAMES.length]!.replace(/^./, (c) => c.toUpperCase()));
    expect(out[4_321]!.values.get('phone')).toBe('+79120044321');
    expect(out[50]!.values.get('birthDate')).toBeUndefined();
    // The birth date tells people apart: a wrong one skips the row.
    expect(out[50]!.problems[0]).toMatchObject({ row: 52, column: 'Дата рождения', severity: 'error' });
    expect(out[50]!.skip).toBe(true);
    expect(out[51]!.values.get('birthDate')).toBe('1951-04-24');
  });

  it('fills one flat array, row after row, with the values each row has alone (the batches of the row thread)', () => {
    const mapping = resolveMapping('Члены.csv', 'members', HEADERS);
    const width = mapping.fields.length;
    const into = { cells: [] as unknown[], base: 0 };
    const convert = rowConverter({ fileName: 'Члены.csv', format: 'csv' }, mapping);
    const input = rows(300);
    const out = input.map((source, i) => {
      into.base = i * width;
      return convert(source, into);
    });
    const alone = rowConverter({ fileName: 'Члены.csv', format: 'csv' }, mapping);
    input.forEach((source, i) => {
      const own = alone(source);
      for (let position = 0; position < width; position++) {
        expect(into.cells[i * width + position], `row ${i}, field ${position}`).toEqual(own.values.at(position));
        expect(out[i]!.values.at(position)).toEqual(own.values.at(position));
      }
    });
    // A blank or dropped value leaves its place empty: the unknown gender of row 6, the 31.02 of row 51.
    expect(5 * width + 0 in into.cells).toBe(false);
    expect(into.cells[50 * width + 3]).toBeUndefined();
  });
});
