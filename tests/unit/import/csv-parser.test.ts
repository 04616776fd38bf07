import { describe, expect, it } from 'vitest';
import { CsvLimitError, CsvParser } from '../../../electron/core/import/read/csv-parser';
import { detectDelimiter } from '../../../electron/core/import/read/delimiter';
import { detectEncoding } from '../../../electron/core/import/read/encoding';
import { encodeText } from '../../fixtures/import/files';

function parse(text: string, delimiter = ';', chunk = text.length || 1): { cells: string[]; record: number }[] {
  const out: { cells: string[]; record: number }[] = [];
  const p = new CsvParser(delimiter, (cells, record) => out.push({ cells, record }));
  for (let i = 0; i < text.length; i += chunk) p.push(text.slice(i, i + chunk));
  p.end();
  return out;
}

const SAMPLES = [
  'a;b;c\r\n1;2;3\r\n',
  'a;b\n"x;y";"he said ""hi"""\n',
  'a;b\r\n"line1\r\nline2";z\r\n',
  'a;b\rc;d\r',
  'a;b\n;\n\nc;',
  '"";"a""";"""b"\n',
  'a;"b"c;d"e\n',
];

/** Excel's rules read character by character, the whole text at once: what the parser must give. */
function reference(text: string, delimiter = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '' && !started) {
      quoted = true;
      started = true;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      started = false;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      started = false;
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
  }
  if (row.length > 0 || field !== '' || started) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('CsvParser', () => {
  it('splits fields, unquotes, keeps line breaks inside quotes', () => {
    expect(parse(SAMPLES[0]!).map((r) => r.cells)).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(parse(SAMPLES[1]!).map((r) => r.cells)).toEqual([['a', 'b'], ['x;y', 'he said "hi"']]);
    expect(parse(SAMPLES[2]!).map((r) => r.cells)).toEqual([['a', 'b'], ['line1\r\nline2', 'z']]);
    expect(parse(SAMPLES[3]!).map((r) => r.cells)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parse(SAMPLES[5]!).map((r) => r.cells)).toEqual([['', 'a"', '"b']]);
  });

  it('numbers records as Excel numbers rows: a quoted line break stays in one record', () => {
    expect(parse('h\r\n"a\r\nb"\r\nc\r\n').map((r) => r.record)).toEqual([1, 2, 3]);
  });

  it('keeps empty lines as records with one empty field, and a last line without a break', () => {
    expect(parse(SAMPLES[4]!).map((r) => r.cells)).toEqual([['a', 'b'], ['', ''], [''], ['c', '']]);
  });

  it('a quote inside an unquoted field, or after a closing quote, is an ordinary character', () => {
    expect(parse(SAMPLES[6]!).map((r) => r.cells)).toEqual([['a', 'bc', 'd"e']]);
  });

  it('gives the same records whatever the chunk boundaries (CRLF and "" cut in halves)', () => {
    for (const text of SAMPLES) {
      const whole = parse(text);
      for (const size of [1, 2, 3, 5]) expect(parse(text, ';', size), `${JSON.stringify(text)} by ${size}`).toEqual(whole);
    }
  });

  it('agrees with a character-by-character reading on random texts, in chunks of any size', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = ['a', 'я', ';', ',', '"', '""', '\r', '\n', '\r\n', ' ', '1'];
    for (let t = 0; t < 400; t++) {
      let text = '';
      for (let k = random(40); k > 0; k--) text += alphabet[random(alphabet.length)];
      // A text ending inside quotes is refused (tested below); the rest must match exactly.
      let expected: string[][];
      try {
        expected = parse(text).map((r) => r.cells);
      } catch {
        continue;
      }
      expect(expected, JSON.stringify(text)).toEqual(reference(text));
      for (const size of [1, 2, 3, 7]) expect(parse(text, ';', size).map((r) => r.cells), `${JSON.stringify(text)} by ${size}`).toEqual(expected);
    }
  });

  it('an unclosed quote is an error naming the record where it opened', () => {
    expect(() => parse('a;b\n1;"open\n2;3\n')).toThrowError(CsvLimitError);
    try {
      parse('a;b\n1;"open\n2;3\n');
    } catch (err) {
      expect((err as CsvLimitError).record).toBe(2);
    }
  });
});

describe('detectDelimiter', () => {
  it('finds ; , and tab, and prefers the one that gives equal widths', () => {
    expect(detectDelimiter('Фамилия;Имя;Адрес\nИванова;Анна;г. Омск, ул. Мира\n')).toBe(';');
    expect(detectDelimiter('Фамилия,Имя,Адрес\nИванова,Анна,"г. Омск, ул. Мира"\n')).toBe(',');
    expect(detectDelimiter('Фамилия\tИмя\tАдрес\nИванова\tАнна\tг. Омск, ул. Мира\n')).toBe('\t');
  });
  it('falls back to ; for a one-column file', () => {
    expect(detectDelimiter('Фамилия\nИванова\n')).toBe(';');
  });
});

describe('detectEncoding', () => {
  const text = 'Фамилия;Имя\nЁлкина;Мария\n';
  it('BOMs, valid UTF-8, and Windows-1251 for the rest', () => {
    expect(detectEncoding(encodeText(text, 'utf-8-bom'))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(encodeText(text, 'utf-8'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectEncoding(encodeText(text, 'windows-1251'))).toEqual({ encoding: 'windows-1251', bomLength: 0 });
    expect(detectEncoding(encodeText(text, 'utf-16le-bom'))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
  });
  it('a UTF-8 character cut at the end of the sample does not make it Windows-1251', () => {
    const buf = Buffer.from('Иванова;Анна', 'utf8');
    expect(detectEncoding(buf.subarray(0, buf.length - 1)).encoding).toBe('utf-8');
  });
});
