import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { formatInt } from '../../shared/ru';
import { openDemoPage, openSection } from './demo-page';
import { ROOT, useHost } from './host';

const env = useHost();


test('«Анализ»: the table of local organizations, tiers, charts, thresholds and export', async () => {
  const { page, problems } = await openDemoPage(env.browser, env.host);

  const db = new BetterSqlite3(path.join(env.host.dataDir, 'Демонстрационный регион.profreestr'), { readonly: true });
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const locals = count("SELECT count(*) AS n FROM organizations WHERE level = 'local'");
  const members = count('SELECT count(*) AS n FROM members WHERE removed_on IS NULL');
  db.close();

  await openSection(page, 'Анализ');
  await expect(page.getByTestId('analysis-summary')).toContainText(`на электронном учёте ${formatInt(members)}`);
  const grid = page.getByTestId('analysis-grid');
  await expect(grid.locator('.ag-row').first()).toBeVisible();
  await expect(grid).toContainText('Охват электронным учётом, %');
  await expect(grid).toContainText('районная организация Профсоюза');
  // Every local organization is in exactly one tier: the tier counts add up to the locals in the file.
  await expect(page.getByRole('list', { name: 'Группы' })).toContainText('внесли всех членов Профсоюза');
  const tierText = await page.getByRole('list', { name: 'Группы' }).innerText();
  const counted = [...tierText.matchAll(/: (\d+)/g)].reduce((s, m) => s + Number(m[1]), 0);
  expect(counted).toBe(locals);
  await expect(grid).toContainText('Итого');

  // Stricter thresholds move organizations out of «внесли всех».
  const chips = page.getByRole('list', { name: 'Группы' });
  const before = await chips.innerText();
  const form = page.getByRole('form', { name: 'Пороги групп, %' });
  await form.getByLabel('Внесли всех, от').fill('101');
  await form.getByLabel('Близки к завершению, от').fill('85');
  await form.getByRole('button', { name: 'Применить' }).click();
  await expect(chips).not.toHaveText(before);

  await page.getByRole('tab', { name: 'Диаграммы' }).click();
  await expect(page.getByTestId('coverage-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('cards-chart').locator('canvas')).toBeVisible();
  const shots = path.join(ROOT, 'tests', 'artifacts');
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'analysis-charts-web.png') });
  await page.getByRole('tab', { name: 'Таблица' }).click();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'В Excel (XLSX)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Показатели цифровизации на .*\.xlsx$/);
  const saved = path.join(shots, 'analysis.xlsx');
  await file.saveAs(saved);
  expect(fs.readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
  await page.screenshot({ path: path.join(shots, 'analysis-web.png') });
  expect(problems).toEqual([]);
});
