import { describe, expect, it } from 'vitest';
import { parseTsv, serializeTsv } from '../../../shared/tsv';

describe('TSV as Excel and LibreOffice put it on the clipboard', () => {
  it('splits cells by tabs and rows by Windows line ends, ignoring the final one', () => {
    expect(parseTsv('Иванова\tАнна\r\nПетров\tСемён\r\n')).toEqual([
      ['Иванова', 'Анна'],
      ['Петров', 'Семён'],
    ]);
  });

  it('accepts Unix and old Mac line ends and a block without a final line break', () => {
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('a\rb\r')).toEqual([['a'], ['b']]);
  });

  it('keeps empty cells and empty rows inside the block', () => {
    expect(parseTsv('\t\tx\r\n\r\ny\t\r\n')).toEqual([['', '', 'x'], [''], ['y', '']]);
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\r\n')).toEqual([['']]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes inside', () => {
    const text = '"строка 1\r\nстрока 2"\t"с\tтабуляцией"\t"ООО ""Ромашка"""\r\nx\t"a\nb"\t\r\n';
    expect(parseTsv(text)).toEqual([
      ['строка 1\r\nстрока 2', 'с\tтабуляцией', 'ООО "Ромашка"'],
      ['x', 'a\nb', ''],
    ]);
  });

  it('takes quotes that do not enclose the cell as ordinary characters', () => {
    expect(parseTsv('ООО "Ромашка"\t"Ромашка" ООО\t"незакрытая\r\n')).toEqual([['ООО "Ромашка"', '"Ромашка" ООО', '"незакрытая']]);
  });

  it('serializes with CRLF, quoting only cells that need it', () => {
    expect(serializeTsv([['05.03.1980', 'выдан', 'ООО "Ромашка"'], ['a\tb', 'c\nd', '"в кавычках"']])).toBe(
      '05.03.1980\tвыдан\tООО "Ромашка"\r\n"a\tb"\t"c\nd"\t"""в кавычках"""\r\n',
    );
  });

  it('round-trips any block', () => {
    const rows = [
      ['', 'x', '"', '""', 'a"b'],
      ['\r\n', '\t', ' пробел ', 'ё', ''],
      ['последняя', '', '', '', '"'],
    ];
    expect(parseTsv(serializeTsv(rows))).toEqual(rows);
  });
});
