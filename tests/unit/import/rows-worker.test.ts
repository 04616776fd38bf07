// The row thread (electron/core/import/rows/): a file read and checked in a thread of its own
// gives exactly what the engine's own thread gives — counts, problems with their rows and
// columns, what is written — and its refusals and a cancel behave the same.
import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/api/methods/import';
import { checkpointRunning } from '../../../electron/core/db/checkpoint';
import { readCentralDirectory } from '../../../electron/core/import/read/zip';
import { writeCsv, writeXlsx } from '../../fixtures/import/files';
import { dataOf, smallRegionCore, type Harness } from './core-helpers';

const opened: Harness[] = [];
afterEach(() => opened.splice(0).forEach((h) => h.close()));
const harness = async (rowsWorker: boolean, checkpoint = false) => {
  const h = await smallRegionCore({ rowsWorker, checkpoint });
  opened.push(h);
  return h;
};

const HEADER = ['ID в АИС', 'Код организации', 'ФИО', 'Дата рождения', 'Статус ЭПБ', 'Телефон', 'E-mail', 'Вступил онлайн'];
/** A surname of its own for each number: names hold no digits. */
const surname = (i: number) => `Фам${[...String(i)].map((d) => 'абвгдежзик'[Number(d)]).join('')}ов`;

/** Enough rows for several messages from the thread, with every kind of problem in them. */
function rows(): string[][] {
  const out = [HEADER];
  for (let i = 0; i < 5000; i++) {
    const code = ['111', '112', '121'][i % 3]!;
    out.push([String(5000 + i), code, `${surname(i)} Имя Отчество`, `0${1 + (i % 9)}.0${1 + (i % 9)}.19${60 + (i % 40)}`, i % 4 === 0 ? 'выдан' : '', i % 7 === 0 ? '8 912 345-67-89' : '', i % 11 === 0 ? `USER${i}@Mail.ru` : '', i % 2 ? 'да' : 'нет']);
  }
  out.push(['1', '111', 'Иванова Анна Петровна', '01.05.1980', 'выдан', '', '', '']);
  out.push(['9001', '999', 'Неизвестная Организация Тест', '01.01.1990', '', '', '', '']);
  out.push(['9002', '111', 'Неверная Дата Тест', '31.02.2020', '', '', '', '']);
  out.push(['9003', '111', 'Плохой Телефон Тест', '01.01.1990', '', '12', 'не почта', '']);
  out.push(['5000', '111', 'Повтор Айди Тест', '01.01.1990', '', '', '', '']);
  // The person of row 5 (i = 3) again, without an AIS id; no organization code; no first name.
  out.push(['', '112', `${surname(3)} Имя Отчество`, '04.04.1963', '', '', '', '']);
  out.push(['9004', '', 'Без Кода Тест', '01.01.1990', '', '', '', '']);
  out.push(['9005', '111', 'Одинокова', '01.01.1990', '', '', '', '']);
  return out;
}

/** What a user is told, without the times and paths that differ from run to run. */
const told = (r: ImportReport) => ({ counts: r.counts, skippedReasons: r.skippedReasons, problems: r.problems, adds: r.adds, updates: r.updates, missing: r.missing });

describe('the import row thread', () => {
  it('a CSV previewed and committed through the thread gives what the engine thread gives', async () => {
    const [inline, threaded] = [await harness(false), await harness(true)];
    const results = [];
    for (const h of [inline, threaded]) {
      const file = writeCsv(path.join(h.dir, 'Члены.csv'), rows());
      const preview = await h.core.invoke('import.preview', { path: file, kind: 'members' });
      const commit = await h.core.invoke('import.commit', { path: file, kind: 'members', removeMissing: true });
      results.push({ preview: told(preview), commit: told(commit), data: dataOf(h) });
    }
    expect(results[0]!.commit.counts).toMatchObject({ rows: 5008, added: 5000, unchanged: 1, skipped: 7, removed: 5, warnings: 2 });
    expect(results[0]!.commit.skippedReasons).toEqual([
      { reason: 'повтор в файле', count: 3 },
      { reason: 'неверное значение в ключевом столбце', count: 2 },
      { reason: 'нет организации с таким кодом', count: 1 },
      { reason: 'не заполнено обязательное поле', count: 1 },
    ]);
    // Through the thread as well, a repeated person is named by the row that had it first.
    expect(results[1]!.commit.problems).toContainEqual(
      expect.objectContaining({ row: 5007, column: null, message: expect.stringContaining('что в строке 5:') }),
    );
    expect(results[0]!.commit.problems.length).toBeGreaterThanOrEqual(4);
    expect(results[1]).toEqual(results[0]);
  });

  it('an XLSX through the thread gives the same as well', async () => {
    const [inline, threaded] = [await harness(false), await harness(true)];
    const results = [];
    for (const h of [inline, threaded]) {
      const file = await writeXlsx(path.join(h.dir, 'Члены.xlsx'), [{ name: 'Выгрузка', rows: rows() }]);
      results.push(told(await h.core.invoke('import.commit', { path: file, kind: 'members' })));
      results.push(dataOf(h));
    }
    expect(results[0]).toMatchObject({ counts: { added: 5000 } });
    expect(results.slice(2)).toEqual(results.slice(0, 2));
  });

  it('a file the thread cannot read is refused with the same message, and the registry is untouched', async () => {
    const h = await harness(true);
    const file = path.join(h.dir, 'кавычка.csv');
    writeCsv(file, rows());
    const { appendFileSync } = await import('node:fs');
    appendFileSync(file, '9100;111;"Незакрытая кавычка;01.01.1990\r\n');
    const before = dataOf(h);
    const res = await h.core.call('import.commit', { path: file, kind: 'members' });
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_args', message: expect.stringContaining('«кавычка.csv»') } });
    const inline = await harness(false);
    const again = path.join(inline.dir, 'кавычка.csv');
    (await import('node:fs')).copyFileSync(file, again);
    expect(await inline.core.call('import.commit', { path: again, kind: 'members' })).toEqual(res);
    expect(dataOf(h)).toEqual(before);
  });

  it('a workbook damaged below its header is refused as damaged: the thread proves it whole', async () => {
    // The engine's thread reads only the header of a file the row thread will read, so the
    // thread's own check of the archive must give the message the engine would.
    const results = [];
    for (const h of [await harness(false), await harness(true)]) {
      const file = await writeXlsx(path.join(h.dir, 'повреждённый.xlsx'), [{ name: 'Выгрузка', rows: rows() }]);
      const sheet = readCentralDirectory(file).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
      const bytes = fs.readFileSync(file);
      const data = sheet.localOffset + 30 + bytes.readUInt16LE(sheet.localOffset + 26) + bytes.readUInt16LE(sheet.localOffset + 28);
      const at = data + Math.floor(sheet.compressedSize * 0.7);
      for (let i = at; i < at + 64; i++) bytes[i] = bytes[i]! ^ 0x5a;
      fs.writeFileSync(file, bytes);
      const before = dataOf(h);
      results.push(await h.core.call('import.commit', { path: file, kind: 'members' }));
      expect(dataOf(h)).toEqual(before);
    }
    expect(results[0]).toEqual({ ok: false, error: { code: 'corrupt', message: expect.stringContaining('xl/worksheets/sheet1.xml') } });
    expect(results[1]).toEqual(results[0]);
  });

  it('a cancel stops the thread and leaves the file as it was', async () => {
    const h = await harness(true);
    const big = [HEADER];
    for (let i = 0; i < 60_000; i++) big.push([String(100_000 + i), '111', `${surname(i)} Имя Отчество`, '01.01.1980', '', '', '', '']);
    const file = writeCsv(path.join(h.dir, 'big.csv'), big);
    const before = dataOf(h);
    const running = h.core.call('import.commit', { path: file, kind: 'members' }, 'job-thread');
    await new Promise((r) => setTimeout(r, 200));
    await h.core.invoke('jobs.cancel', { jobId: 'job-thread' });
    expect(await running).toEqual({ ok: false, error: { code: 'cancelled', message: 'Импорт отменён: файл реестра не изменён.' } });
    expect(dataOf(h)).toEqual(before);
  });

  it('a large load answers once committed and leaves copying its log into the file to the checkpoint thread', async () => {
    const h = await harness(true, true);
    const file = writeCsv(path.join(h.dir, 'Члены.csv'), [
      ['ID в АИС', 'Код организации', 'ФИО', 'Дата рождения'],
      ...Array.from({ length: 10_000 }, (_, i) => [String(20_000 + i), '111', `${surname(i)} Имя Отчество`, '01.02.1990']),
    ]);
    const summary = await h.core.invoke('import.commit', { path: file, kind: 'members' });
    expect(summary.counts.added).toBe(10_000);
    const copying = checkpointRunning(h.file);
    expect(copying).not.toBeNull();
    const result = await copying;
    expect(result?.busy).toBe(0);
    expect(result?.checkpointed).toBeGreaterThan(0);
    // The registry file by itself, without its log, holds the load.
    const alone = path.join(h.dir, 'alone.profreestr');
    fs.copyFileSync(h.file, alone);
    const count = 'SELECT count(*) AS n FROM members';
    const inFile = new BetterSqlite3(alone, { readonly: true });
    try {
      expect(inFile.prepare(count).get()).toEqual(h.peek(count)[0]);
    } finally {
      inFile.close();
    }
  });
});
