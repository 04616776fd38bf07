import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCompoundFile, writeCsv, writeXlsx, type CsvEncoding } from '../../fixtures/import/files';
import { tempDir } from '../../fixtures/temp';
import { readAll, rejection } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const ROWS = [
  ['Фамилия', 'Имя', 'Адрес'],
  ['Ёлкина', 'Мария', 'г. Омск, ул. Мира, д. 5'],
  ['Иванова', 'Анна', 'многострочный\r\nадрес "в кавычках"'],
];

describe('CSV', () => {
  it.each<[CsvEncoding, string, string]>([
    ['utf-8-bom', ';', 'utf-8'],
    ['utf-8', ',', 'utf-8'],
    ['windows-1251', ';', 'windows-1251'],
    ['windows-1251', '\t', 'windows-1251'],
    ['utf-16le-bom', '\t', 'utf-16le'],
  ])('%s with «%s» reads back exactly', async (encoding, delimiter, detected) => {
    const file = writeCsv(path.join(dir, 'members.csv'), ROWS, { encoding, delimiter });
    const { source, rows } = await readAll(file);
    expect(source).toMatchObject({ format: 'csv', encoding: detected, delimiter, fileName: 'members.csv' });
    expect(rows.map((r) => r.cells)).toEqual(ROWS);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(source.progress()).toEqual({ done: fs.statSync(file).size, total: fs.statSync(file).size });
  });

  it('LF line ends and no final line break', async () => {
    const file = path.join(dir, 'lf.csv');
    fs.writeFileSync(file, 'a;b\n1;2\n3;4');
    expect((await readAll(file)).rows.map((r) => r.cells)).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('streams a file larger than one read chunk, with multi-byte letters cut between chunks', async () => {
    const rows = [['Фамилия', 'Имя']];
    for (let i = 0; i < 60_000; i++) rows.push([`Щукина${i}`, 'Жанна']);
    const file = writeCsv(path.join(dir, 'big.csv'), rows, { encoding: 'utf-8' });
    expect(fs.statSync(file).size).toBeGreaterThan(1 << 20);
    const { rows: read } = await readAll(file);
    expect(read).toHaveLength(60_001);
    expect(read[59_999]!.cells).toEqual(['Щукина59998', 'Жанна']);
  });

  it('an empty file is refused by name', async () => {
    const file = path.join(dir, 'пусто.csv');
    fs.writeFileSync(file, '');
    expect(await rejection(readAll(file))).toEqual({ code: 'bad_args', message: 'Файл «пусто.csv» пустой: в нём нет ни одной строки.' });
  });

  it('an unclosed quote names the file and the row', async () => {
    const file = path.join(dir, 'q.csv');
    fs.writeFileSync(file, 'a;b\n1;2\n3;"открыто\n');
    expect((await rejection(readAll(file))).message).toBe(
      'Файл «q.csv», строка 3: кавычка не закрыта, или значение длиннее 1 000 000 знаков. Проверьте кавычки в этой строке.'.replace('1 000 000', '1\u00a0000\u00a0000'),
    );
  });

  it('binary junk is not taken for text', async () => {
    const file = path.join(dir, 'junk.csv');
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 37 + 11) % 256)));
    expect((await rejection(readAll(file))).message).toContain('не похож на текстовый файл CSV');
  });

  it('a missing file and a folder are named', async () => {
    expect(await rejection(readAll(path.join(dir, 'нет.csv')))).toMatchObject({ code: 'file_not_found', message: expect.stringContaining('нет.csv') });
    expect((await rejection(readAll(dir))).message).toContain('это папка');
  });
});

describe('XLSX', () => {
  it('reads the first visible sheet by default; lists sheets in tab order', async () => {
    const file = await writeXlsx(path.join(dir, 'book.xlsx'), [
      { name: 'Скрытый', rows: [['x']], state: 'hidden' },
      { name: 'Члены', rows: [['Фамилия', 'Дата'], ['Иванова', 29285]] },
      { name: 'Организации', rows: [['Код'], [111]] },
    ]);
    const { source, rows } = await readAll(file);
    expect(source).toMatchObject({ format: 'xlsx', sheets: ['Члены', 'Организации'], sheet: 'Члены', encoding: null });
    expect(rows).toEqual([
      { row: 1, cells: ['Фамилия', 'Дата'] },
      { row: 2, cells: ['Иванова', 29285] },
    ]);
  });

  it('reads a chosen sheet; a missing one is named with the sheets there are', async () => {
    const file = await writeXlsx(path.join(dir, 'book.xlsx'), [
      { name: 'Члены', rows: [['Фамилия']] },
      { name: 'Организации', rows: [['Код'], [111]] },
    ]);
    expect((await readAll(file, { sheet: 'Организации' })).rows.map((r) => r.cells)).toEqual([['Код'], [111]]);
    expect((await rejection(readAll(file, { sheet: 'Лист9' }))).message).toBe(
      'В книге «book.xlsx» нет листа «Лист9». Листы книги: «Члены», «Организации».',
    );
  });

  it('rich text, hyperlinks, formulas (their result), errors, booleans, dates; Excel row numbers kept', async () => {
    const file = await writeXlsx(path.join(dir, 'cells.xlsx'), [
      {
        name: 'Лист1',
        rows: [
          ['a', 'b', 'c', 'd', 'e', 'f'],
          [],
          [
            { richText: [{ text: 'Ива' }, { font: { bold: true }, text: 'нова' }] },
            { text: 'ivanova@mail.ru', hyperlink: 'mailto:ivanova@mail.ru' },
            { formula: '1+2', result: 3 },
            { error: '#N/A' },
            true,
            new Date(Date.UTC(1980, 2, 5)),
          ],
        ],
      },
    ]);
    const { rows } = await readAll(file);
    expect(rows[1]).toEqual({ row: 3, cells: ['Иванова', 'ivanova@mail.ru', 3, '#N/A', true, 29285] });
  });

  it('a truncated workbook is refused by name, without hanging', async () => {
    const good = await writeXlsx(path.join(dir, 'good.xlsx'), [{ name: 'Л', rows: Array.from({ length: 3000 }, (_, i) => [`Фамилия${i}`, i]) }]);
    const buf = fs.readFileSync(good);
    const file = path.join(dir, 'обрезан.xlsx');
    fs.writeFileSync(file, buf.subarray(0, Math.floor(buf.length * 0.6)));
    expect(await rejection(readAll(file))).toEqual({
      code: 'corrupt',
      message: 'Файл «обрезан.xlsx» повреждён или записан не полностью (не найдено оглавление архива XLSX). Сохраните его в Excel заново.',
    });
  });

  it('damaged data inside a whole archive is found before parsing, naming the part', async () => {
    const good = await writeXlsx(path.join(dir, 'good.xlsx'), [{ name: 'Л', rows: Array.from({ length: 3000 }, (_, i) => [`Фамилия${i}`, i]) }]);
    const buf = Buffer.from(fs.readFileSync(good));
    for (let i = 2000; i < 2600; i++) buf[i] = (buf[i]! * 7 + 13) & 255;
    const file = path.join(dir, 'битый.xlsx');
    fs.writeFileSync(file, buf);
    const error = await rejection(readAll(file));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/^Файл «битый\.xlsx» повреждён: часть «xl\/.+» не читается/);
  });

  it('binary junk named .xlsx, and a text file named .xlsx', async () => {
    const junk = path.join(dir, 'мусор.xlsx');
    fs.writeFileSync(junk, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 91 + 7) % 256)));
    expect((await rejection(readAll(junk))).message).toBe(
      'Файл «мусор.xlsx» не является книгой Excel (XLSX): он повреждён или это файл другого формата.',
    );
    const text = writeCsv(path.join(dir, 'таблица.xlsx'), ROWS);
    expect((await rejection(readAll(text))).message).toContain('не является книгой Excel');
  });

  it('a password-protected workbook and an old .xls are told apart', async () => {
    const encrypted = writeCompoundFile(path.join(dir, 'пароль.xlsx'), {
      EncryptionInfo: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
      EncryptedPackage: Buffer.alloc(6000, 0x5a),
    });
    expect((await rejection(readAll(encrypted))).message).toMatch(/^Файл «пароль\.xlsx» защищён паролем\. .*снимите пароль/);
    const xls = writeCompoundFile(path.join(dir, 'старый.xls'), { Workbook: Buffer.alloc(5000, 1) });
    expect((await rejection(readAll(xls))).message).toContain('книга старого формата Excel 97–2003 (.xls)');
  });

  it('other archives: an .ods and a .docx', async () => {
    const { writeZip } = await import('./zip-helper');
    const ods = writeZip(path.join(dir, 't.ods'), { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' });
    expect((await rejection(readAll(ods))).message).toContain('таблица LibreOffice (.ods)');
    const docx = writeZip(path.join(dir, 't.xlsx'), { 'word/document.xml': '<x/>' });
    expect((await rejection(readAll(docx))).message).toBe('Файл «t.xlsx» — архив, но не книга Excel (.xlsx).');
  });
});
