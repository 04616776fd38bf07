import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCsv } from '../../fixtures/import/files';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';
import { readAll } from '../import/helpers';
import { runCaptured } from './capture';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const count = (db: string, sql: string) => {
  const conn = new BetterSqlite3(db, { readonly: true });
  try {
    return (conn.prepare(sql).get() as { n: number }).n;
  } finally {
    conn.close();
  }
};

describe('profreestr import', () => {
  it('creates a missing registry, loads organizations then members, prints a JSON summary', async () => {
    const db = path.join(dir, 'Новый.profreestr');
    const orgs = writeCsv(path.join(dir, 'orgs.csv'), [
      ['Код организации', 'Код вышестоящей организации', 'Наименование', 'Уровень'],
      ['1', '', 'Областная организация', 'региональная'],
      ['2', '1', 'ППО школы', 'первичная'],
    ]);
    const o = await runCaptured(['import', orgs, '--db', db, '--as-of', '2026-10-01', '--json']);
    expect(o.code, o.stderr).toBe(0);
    expect(JSON.parse(o.stdout)).toMatchObject({ kind: 'orgs', dryRun: false, added: 2, errors: [], asOf: '2026-10-01' });

    const members = writeCsv(path.join(dir, 'members.csv'), [
      ['ID в АИС', 'Код организации', 'ФИО', 'Дата рождения'],
      ['10', '2', 'Иванова Анна Петровна', '01.05.1980'],
      ['11', '9', 'Петров Пётр Петрович', '02.01.1975'],
      ['12', '2', 'Сидорова Мария Ивановна', '31.02.2020'],
    ]);
    const m = await runCaptured(['import', members, '--db', db, '--json']);
    expect(m.code, m.stderr).toBe(0);
    const summary = JSON.parse(m.stdout);
    expect(summary).toMatchObject({ kind: 'members', added: 1, updated: 0, unchanged: 0, skipped: 2 });
    expect(summary.errors).toEqual([
      { row: 3, column: 'Код организации', message: 'нет организации с кодом «9» в реестре: сначала загрузите файл организаций' },
      { row: 4, column: 'Дата рождения', message: '«31.02.2020» — такой даты нет в календаре' },
    ]);
    expect(count(db, 'SELECT count(*) AS n FROM members')).toBe(1);
  });

  it('--dry-run changes nothing and says so in text', async () => {
    const db = path.join(dir, 'r.profreestr');
    writeSmallRegion(db).close();
    const before = fs.readFileSync(db);
    const file = writeCsv(path.join(dir, 'm.csv'), [['ID в АИС', 'Код организации', 'Фамилия', 'Имя', 'Телефон'], ['1', '111', 'Иванова', 'Анна', '89123456789']]);
    const res = await runCaptured(['import', file, '--db', db, '--dry-run']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('(файл реестра не изменён)');
    expect(res.stdout).toMatch(/строк: 1; добавлено: 0; обновлено: 1; без изменений: 0; пропущено: 0/);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('копия'))).toEqual([]);
  });

  it('takes a mapping file (field ids or canonical headers) and a kind', async () => {
    const db = path.join(dir, 'r.profreestr');
    writeSmallRegion(db).close();
    const file = writeCsv(path.join(dir, 'own.csv'), [['Шифр', 'Человек', 'Родился', 'Заметка'], ['111', 'Иванова Анна Петровна', '01.05.1980', 'учитель']]);
    const mapping = path.join(dir, 'map.json');
    fs.writeFileSync(mapping, JSON.stringify({ kind: 'members', columns: { Шифр: 'orgCode', Человек: 'Фамилия Имя Отчество', Родился: 'birthDate', Заметка: 'Должность' } }));
    const res = await runCaptured(['import', file, '--db', db, '--mapping', mapping, '--json']);
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ updated: 1, fieldUpdates: 1 });
    expect(count(db, "SELECT count(*) AS n FROM members WHERE position = 'учитель'")).toBe(1);
  });

  it('user errors exit with 1 and a Russian message', async () => {
    const db = path.join(dir, 'r.profreestr');
    writeSmallRegion(db).close();
    const file = writeCsv(path.join(dir, 'm.csv'), [['Сумма'], ['1']]);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{ не json');
    for (const [argv, message] of [
      [['import', file, '--db', db], 'Укажите вид файла параметром --kind'],
      [['import', file, '--db', db, '--kind', 'people'], 'Параметр --kind: «people»'],
      [['import', file, '--db', db, '--mapping', bad], `Файл сопоставления «${bad}» не читается`],
      [['import', '--db', db], 'Укажите файл для загрузки первым словом'],
      [['import', path.join(dir, 'нет.csv'), '--db', db, '--kind', 'members'], 'нет.csv'],
    ] as const) {
      const res = await runCaptured([...argv]);
      expect(res.code, argv.join(' ')).toBe(1);
      expect(res.stderr).toContain(message);
    }
  });
});

describe('profreestr export', () => {
  it('members of one organization to XLSX, organizations to Windows-1251 CSV, changes', async () => {
    const db = path.join(dir, 'r.profreestr');
    writeSmallRegion(db).close();
    const xlsx = path.join(dir, 'сад.xlsx');
    const res = await runCaptured(['export', 'members', '--db', db, '--out', xlsx, '--org', '112', '--json']);
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ rows: 2, path: xlsx });
    expect((await readAll(xlsx)).rows.slice(1).map((r) => r.cells[3])).toEqual(['Ковальчук', 'Смирнова']);

    const csv = path.join(dir, 'orgs.csv');
    expect((await runCaptured(['export', 'orgs', '--db', db, '--out', csv, '--encoding', 'windows-1251'])).code).toBe(0);
    expect((await readAll(csv)).source.encoding).toBe('windows-1251');

    const changes = await runCaptured(['export', 'changes', '--db', db, '--out', path.join(dir, 'ch.xlsx')]);
    expect(changes.code, changes.stderr).toBe(0);
    expect(changes.stdout).toContain('Строк: 0');
  });

  it('refuses an unknown list, extension or organization', async () => {
    const db = path.join(dir, 'r.profreestr');
    writeSmallRegion(db).close();
    expect((await runCaptured(['export', 'people', '--db', db, '--out', 'x.xlsx'])).stderr).toContain('Что выгрузить');
    expect((await runCaptured(['export', 'orgs', '--db', db, '--out', path.join(dir, 'x.txt')])).stderr).toContain('.xlsx или .csv');
    expect((await runCaptured(['export', 'members', '--db', db, '--out', path.join(dir, 'x.csv'), '--org', '999'])).stderr).toContain('«999»');
  });
});
