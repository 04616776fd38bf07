// The bad-input corpus of the import issue. Every case ends in a clear Russian message or in
// row-level errors — never a crash, a hang or an internal error — and never changes the file.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/api/methods/import';
import { writeCompoundFile, writeCsv, writeXlsx } from '../../fixtures/import/files';
import { dataOf, smallRegionCore, type Harness } from './core-helpers';

let h: Harness;
let before: unknown;
beforeEach(async () => {
  h = await smallRegionCore();
  before = dataOf(h);
});
afterEach(() => h.close());

const MEMBERS = ['ID в АИС', 'Код организации', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Должность'];

/** The commit is refused with a Russian message naming the file; nothing changes. */
async function refused(file: string, kind: 'orgs' | 'members' = 'members'): Promise<string> {
  const res = await h.core.call('import.commit', { path: file, kind });
  expect(res.ok).toBe(false);
  if (res.ok) throw new Error('unreachable');
  expect(res.error.code).not.toBe('internal');
  expect(res.error.message).toContain(path.basename(file));
  expect(res.error.message).toMatch(/[а-яё]/i);
  expect(dataOf(h)).toEqual(before);
  return res.error.message;
}

/** The preview reports row problems; the file does not change. */
async function preview(file: string, kind: 'orgs' | 'members' = 'members'): Promise<ImportReport> {
  const report = await h.core.invoke('import.preview', { path: file, kind });
  expect(dataOf(h)).toEqual(before);
  return report;
}

describe('bad input corpus', () => {
  it('an empty file', async () => {
    const file = path.join(h.dir, 'пустой.csv');
    fs.writeFileSync(file, '');
    expect(await refused(file)).toBe('Файл «пустой.csv» пустой: в нём нет ни одной строки.');
  });

  it('a file of blank lines and a header-only file', async () => {
    const blank = path.join(h.dir, 'строки.csv');
    fs.writeFileSync(blank, '\r\n;;\r\n\r\n');
    expect(await refused(blank)).toContain('нет строки заголовков');
    expect(await refused(writeCsv(path.join(h.dir, 'заголовок.csv'), [MEMBERS]))).toContain('только заголовки');
  });

  it('a members file given as organizations', async () => {
    const file = writeCsv(path.join(h.dir, 'члены.csv'), [MEMBERS, ['1', '111', 'Иванова', 'Анна', '', '01.05.1980', '']]);
    expect(await refused(file, 'orgs')).toContain('Похоже, это файл вида «члены Профсоюза»');
  });

  it('a truncated XLSX (broken zip), a password-protected XLSX, binary junk named .xlsx', async () => {
    const good = await writeXlsx(path.join(h.dir, 'good.xlsx'), [{ name: 'Л', rows: [MEMBERS, ['1', '111', 'Иванова', 'Анна', '', '01.05.1980', '']] }]);
    const truncated = path.join(h.dir, 'обрезанный.xlsx');
    fs.writeFileSync(truncated, fs.readFileSync(good).subarray(0, 1500));
    expect(await refused(truncated)).toContain('повреждён или записан не полностью');
    const locked = writeCompoundFile(path.join(h.dir, 'с паролем.xlsx'), { EncryptionInfo: Buffer.alloc(200, 4), EncryptedPackage: Buffer.alloc(5000, 9) });
    expect(await refused(locked)).toContain('защищён паролем');
    // A real one: ECMA-376 agile encryption, as Excel's «Зашифровать с использованием пароля»
    // writes it (made once with the officecrypto-tool npm package; see tests/fixtures/import/README.md).
    const real = path.join(h.dir, 'Члены (пароль).xlsx');
    fs.copyFileSync(path.join(__dirname, '../../fixtures/import/password-protected.xlsx'), real);
    expect(await refused(real)).toMatch(/^Файл «Члены \(пароль\)\.xlsx» защищён паролем\./);
    const junk = path.join(h.dir, 'мусор.xlsx');
    fs.writeFileSync(junk, Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 7919 + 13) % 256)));
    expect(await refused(junk)).toContain('не является книгой Excel');
  });

  it('a Windows-1251 CSV without a BOM reads with the right letters', async () => {
    const file = writeCsv(path.join(h.dir, 'cp1251.csv'), [MEMBERS, ['1', '111', 'Иванова', 'Анна', 'Петровна', '01.05.1980', 'учитель ИЗО, «ёлочка»']], { encoding: 'windows-1251' });
    const report = await preview(file);
    expect(report.counts).toMatchObject({ updated: 1, errors: 0 });
    expect(report.updates[0]).toMatchObject({ field: 'Должность', new: 'учитель ИЗО, «ёлочка»' });
  });

  it('mixed delimiters: rows written with another delimiter are row errors', async () => {
    const file = path.join(h.dir, 'смесь.csv');
    fs.writeFileSync(
      file,
      `${MEMBERS.join(';')}\r\n1;111;Иванова;Анна;Петровна;01.05.1980;учитель\r\n2,111,Петров,Семён,Ильич,02.01.1975,физрук\r\n3\t111\tЁлкина\tМария\tИвановна\t04.03.1990\t\r\n`,
    );
    const report = await preview(file);
    expect(report.counts).toMatchObject({ rows: 3, updated: 1, skipped: 2 });
    expect(report.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, null, 'в строке 1 значение, а в заголовке 7 столбцов: возможно, в этой строке другой разделитель или лишняя кавычка'],
      [4, null, 'в строке 1 значение, а в заголовке 7 столбцов: возможно, в этой строке другой разделитель или лишняя кавычка'],
    ]);
  });

  it('a 50,000-character cell: a row error in a name, a dropped value elsewhere', async () => {
    const huge = 'Ж'.repeat(50_000);
    const file = writeCsv(path.join(h.dir, 'длинно.csv'), [MEMBERS, ['1', '111', 'Иванова', 'Анна', 'Петровна', '01.05.1980', huge], ['2', '111', huge, 'Семён', 'Ильич', '02.01.1975', '']]);
    const report = await preview(file);
    expect(report.counts).toMatchObject({ rows: 2, skipped: 1, errors: 1, warnings: 1 });
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'Фамилия', severity: 'error', message: 'значение слишком длинное: 50\u00a0000 знаков (допустимо не более 100)' }),
      expect.objectContaining({ row: 2, column: 'Должность', severity: 'warning', message: expect.stringContaining('50\u00a0000 знаков') }),
    ]);
  });

  it('formulas: CSV text stays text (neutralized on export), a formula cell gives its result, a formula is not a name', async () => {
    const csv = writeCsv(path.join(h.dir, 'формулы.csv'), [MEMBERS, ['1', '111', 'Иванова', 'Анна', 'Петровна', '01.05.1980', '=HYPERLINK("http://x","y")'], ['2', '111', '=1+1', 'Семён', 'Ильич', '02.01.1975', '']]);
    const report = await preview(csv);
    expect(report.updates[0]).toMatchObject({ field: 'Должность', new: '=HYPERLINK("http://x","y")' });
    expect(report.problems[0]).toMatchObject({ row: 3, column: 'Фамилия', severity: 'error' });
    const xlsx = await writeXlsx(path.join(h.dir, 'формулы.xlsx'), [
      { name: 'Л', rows: [MEMBERS, [{ formula: '0+1', result: 1 }, 111, 'Иванова', 'Анна', 'Петровна', { formula: 'DATE(1980,5,1)', result: 29342 }, { formula: 'A1', result: 'учитель' }]] },
    ]);
    const fromXlsx = await preview(xlsx);
    expect(fromXlsx.counts).toMatchObject({ rows: 1, updated: 1, errors: 0 });
    expect(fromXlsx.updates[0]).toMatchObject({ key: '1', field: 'Должность', new: 'учитель' });
  });

  it('merged header cells (a two-row header) are read', async () => {
    const file = await writeXlsx(path.join(h.dir, 'объединённые.xlsx'), [
      {
        name: 'Организации',
        rows: [
          ['Код организации', 'Наименование', 'Председатель', null, null],
          [null, null, 'Фамилия', 'Имя', 'Отчество'],
          ['111', 'ППО МБОУ «Школа № 1»', 'Орлова', 'Нина', 'Павловна'],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:E1'],
      },
    ]);
    const inspection = await h.core.invoke('import.inspect', { path: file });
    expect(inspection).toMatchObject({ kind: 'orgs', headerRow: 2, problem: null });
    expect(inspection.mapping).toEqual({
      'Код организации': 'code',
      Наименование: 'name',
      'Председатель: Фамилия': 'chairSurname',
      'Председатель: Имя': 'chairName',
      'Председатель: Отчество': 'chairPatronymic',
    });
    const report = await preview(file, 'orgs');
    expect(report.counts).toMatchObject({ updated: 1, fieldUpdates: 3, errors: 0 });
  });

  it('duplicate AIS ids, unknown organization codes, 31.02.2020', async () => {
    const file = writeCsv(path.join(h.dir, 'ошибки.csv'), [
      MEMBERS,
      ['1', '111', 'Иванова', 'Анна', 'Петровна', '01.05.1980', ''],
      ['1', '111', 'Иванова', 'Анна', 'Петровна', '01.05.1980', ''],
      ['40', '555', 'Новая', 'Вера', '', '01.05.1980', ''],
      ['41', '111', 'Новая', 'Нина', '', '31.02.2020', ''],
    ]);
    const report = await preview(file);
    expect(report.problems.map((p) => p.message)).toEqual([
      'ID в АИС «1» уже встречался в строке 2',
      'нет организации с кодом «555» в реестре: сначала загрузите файл организаций',
      '«31.02.2020» — такой даты нет в календаре',
    ]);
  });

  it('a cycle in parent codes', async () => {
    const file = writeCsv(path.join(h.dir, 'цикл.csv'), [
      ['Код организации', 'Код вышестоящей организации', 'Наименование', 'Уровень'],
      ['700', '701', 'А', 'местная'],
      ['701', '700', 'Б', 'местная'],
    ]);
    const report = await preview(file, 'orgs');
    expect(report.counts).toMatchObject({ skipped: 2, added: 0 });
    expect(report.problems[0]!.message).toContain('образуют цикл');
  });

  it('1,100,000 rows: streamed with bounded memory, capped problem list, exact counts', async () => {
    const file = path.join(h.dir, 'миллион.csv');
    const out = fs.openSync(file, 'w');
    fs.writeSync(out, 'Код организации;Фамилия;Имя;Дата рождения\r\n');
    const chunk: string[] = [];
    for (let i = 0; i < 1_100_000; i++) {
      chunk.push(`9${i % 1000};Фамилия;Имя;01.01.1980\r\n`);
      if (chunk.length === 50_000) {
        fs.writeSync(out, chunk.join(''));
        chunk.length = 0;
      }
    }
    fs.closeSync(out);
    // Live memory, not garbage waiting for a collection: a full GC before each sample.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = heapBefore;
    const timer = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 250);
    try {
      const report = await preview(file);
      expect(report.counts).toMatchObject({ rows: 1_100_000, skipped: 1_100_000, errors: 1_100_000, added: 0 });
      expect(report.problems).toHaveLength(1000);
      expect(report.skippedReasons).toEqual([{ reason: 'нет организации с таким кодом', count: 1_100_000 }]);
    } finally {
      clearInterval(timer);
    }
    // The file is ~40 MB and its 1,100,000 rows as objects would take hundreds of MB: they never
    // sit in memory together (measured here: about 30 MB live at the peak).
    expect((peak - heapBefore) / 2 ** 20).toBeLessThan(80);
  }, 180_000);
});
