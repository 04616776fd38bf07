import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { formatInt } from '../../shared/ru';
import { ROOT, useHost } from './host';

const env = useHost();


test('the demo region opens: tree, members, status bar, pages', async () => {
  const page = await env.browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(env.host.url);

  const status = page.getByTestId('status-bar');
  await expect(status).toContainText('Демонстрационный регион.profreestr');
  // The figures must be the file's own, counted here independently of the engine.
  const db = new BetterSqlite3(path.join(env.host.dataDir, 'Демонстрационный регион.profreestr'), { readonly: true });
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const members = count('SELECT count(*) AS n FROM members WHERE removed_on IS NULL');
  const orgs = count('SELECT count(*) AS n FROM organizations');
  db.close();
  expect(members).toBeGreaterThan(40_000);
  await expect(status).toContainText(`${formatInt(members)}\u00a0член`);
  await expect(status).toContainText(`${formatInt(orgs)}\u00a0организаци`);
  await expect(status).toContainText('Данные на 01.10.2026');
  await expect(page).toHaveTitle(/Демонстрационный регион\.profreestr — Профреестр/);

  const tree = page.getByTestId('org-tree');
  await expect(tree).toContainText('областная организация Профсоюза');
  await expect(tree).toContainText('районная организация Профсоюза');

  const grid = page.getByTestId('members-grid');
  await expect(grid.locator('.ag-row').first()).toBeVisible();
  await expect(grid).toContainText('Фамилия');

  // Choosing a local organization narrows the members to its subtree.
  await tree.getByText(/районная организация Профсоюза/).first().click();
  await expect(grid.locator('.ag-row').first()).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Разделы' });
  for (const [name, text] of [
    ['Качество данных', /провер/i],
    ['Анализ', /показател/i],
    ['Документы', /постановлени/i],
  ] as const) {
    await nav.getByRole('button', { name }).click();
    await expect(page.locator('main')).toContainText(text);
  }
  await nav.getByRole('button', { name: 'Реестр' }).click();
  await expect(page.getByTestId('org-tree')).toBeVisible();

  const shots = path.join(ROOT, 'tests', 'artifacts');
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'registry-web.png') });
  expect(problems).toEqual([]);
});

test('a page without the token is refused', async () => {
  const page = await env.browser.context.browser()?.newPage() ?? (await env.browser.context.newPage());
  await page.context().clearCookies();
  const res = await page.goto(env.host.url.replace(/\?token=.*/, ''));
  expect(res?.status()).toBe(403);
  await expect(page.locator('body')).toContainText('Доступ запрещён');
});
