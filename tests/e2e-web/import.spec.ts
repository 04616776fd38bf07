import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { writeCsv } from '../fixtures/import/files';
import { writeSmallRegion } from '../fixtures/small-region';
import { useHost } from './host';

let dir: string;

test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profreestr-import-e2e-'));
  writeSmallRegion(path.join(dir, 'Регион.profreestr')).close();
});
const env = useHost({ args: () => ['--file', path.join(dir, 'Регион.profreestr')] });
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('browser mode: import a members file through the wizard, then export and save a template', async () => {
  const page = await env.browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(env.host.url);
  await expect(page.getByTestId('status-bar')).toContainText('Регион.profreestr');

  const file = writeCsv(path.join(dir, 'Выгрузка 01.11.2026.csv'), [
    ['ID в АИС', 'Код организации', 'ФИО', 'Дата рожд.', 'Примечание'],
    ['1', '111', 'Иванова Анна Петровна', '01.05.1980', 'учитель'],
    ['30', '121', 'Новикова Полина Олеговна', '15.09.2005', 'группа ПД-21'],
    ['31', '999', 'Неизвестная Ольга Ивановна', '01.01.1990', ''],
  ]);

  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name: 'Импорт и экспорт' }).click();
  await page.getByLabel('Полный путь к файлу').fill(file);
  await page.getByRole('button', { name: 'Далее' }).click();

  // Kind found from the headers, mapping offered, the unknown column corrected by hand.
  await expect(page.getByRole('radio', { name: /Члены Профсоюза/ })).toBeChecked();
  await expect(page.getByLabel('ФИО', { exact: true })).toHaveValue('fullName');
  await page.getByLabel('Примечание', { exact: true }).selectOption({ label: 'Должность' });
  await expect(page.getByLabel('Дата данных (срез)')).toHaveValue('2026-11-01');
  await page.getByRole('button', { name: 'Проверить файл' }).click();

  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('Добавить1');
  await expect(counts).toContainText('Пропустить (ошибки)1');
  await expect(page.getByTestId('import-problems')).toContainText('нет организации с кодом «999»');
  await page.getByRole('button', { name: /^Загрузить, пропустив 1.строку с ошибками$/ }).click();

  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Загрузка завершена');
  await expect(summary).toContainText('Добавлено: 1; обновлено: 1;');
  await expect(summary).toContainText('Копия файла реестра до загрузки');
  await expect(page.getByTestId('status-bar')).toContainText(/7\u00a0членов Профсоюза/);

  // Export the members to CSV by a typed path.
  await page.getByRole('tab', { name: 'Экспорт' }).click();
  await page.getByLabel('Формат').selectOption({ label: 'CSV (UTF-8)' });
  await page.getByRole('button', { name: 'Сохранить…' }).click();
  const exported = path.join(dir, 'члены.csv');
  await page.getByLabel('Полный путь к файлу').fill(exported);
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Экспорт' }).getByRole('status')).toContainText('Записано строк: 7');
  expect(fs.readFileSync(exported, 'utf8')).toContain('Новикова;Полина;Олеговна');

  // A template, saved where the user typed.
  await page.getByRole('tab', { name: 'Шаблоны импорта' }).click();
  await page.getByRole('button', { name: 'Сохранить шаблон…' }).nth(1).click();
  const template = path.join(dir, 'шаблон членов.xlsx');
  await page.getByLabel('Полный путь к файлу').fill(template);
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Шаблоны импорта' }).getByRole('status')).toContainText('Шаблон сохранён');
  expect(fs.existsSync(template)).toBe(true);

  await page.screenshot({ path: path.join(__dirname, '..', 'artifacts', 'import-web.png'), fullPage: true });
  expect(problems).toEqual([]);
});
