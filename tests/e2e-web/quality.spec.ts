// «Качество данных» in the browser: the checks with their counts, a fix with its preview and its
// undo, and the print view of a member list printed to PDF by Chromium — its pages counted and
// the running header (organization, date) and page numbers read back from every page.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { formatInt } from '../../shared/ru';
import { openDemoPage, openSection } from './demo-page';
import { useHost } from './host';

const env = useHost();

test.beforeAll(async () => {
  // The host writes the demo region at its first start; on a busy machine that outlasts a step's wait.
  const page = await env.browser.context.newPage();
  await page.goto(env.host.url);
  await expect(page.getByTestId('status-bar')).toContainText('Демонстрационный регион.profreestr', { timeout: 90_000 });
  await page.close();
});

const demoFile = () => path.join(env.host.dataDir, 'Демонстрационный регион.profreestr');

test('the checks list their counts; a fix is previewed, applied as one action and undone', async () => {
  const { page, problems } = await openDemoPage(env.browser, env.host);
  await openSection(page, 'Качество данных');
  const db = new BetterSqlite3(demoFile(), { readonly: true });
  const unset = (db.prepare("SELECT count(*) AS n FROM members WHERE removed_on IS NULL AND category = 'unset'").get() as { n: number }).n;
  db.close();
  expect(unset).toBeGreaterThan(0);

  const item = page.locator('[data-check="member.categoryUnset"]');
  await expect(item).toContainText('Не указана категория');
  await expect(item).toContainText(formatInt(unset));
  await item.click();
  const details = page.getByRole('region', { name: 'Не указана категория члена Профсоюза' });
  await expect(details).toContainText(`Записей: ${formatInt(unset)}`);
  await expect(details.locator('.ag-row').first()).toBeVisible();

  await details.getByRole('button', { name: /Исправить: Указать категорию/ }).click();
  const dialog = page.getByRole('dialog', { name: /Исправление/ });
  await expect(dialog).toContainText('Будет изменено');
  await dialog.getByRole('button', { name: /^Исправить/ }).click();
  await expect(dialog.getByRole('status')).toContainText('Выполнено');
  await expect(item).toContainText('нет');
  await dialog.getByRole('button', { name: 'Отменить исправление' }).click();
  await expect(dialog.getByRole('status')).toContainText('Отменено');
  await expect(item).toContainText(formatInt(unset));
  await dialog.locator('.dialog__foot').getByRole('button', { name: 'Закрыть' }).click();

  // The drill-down opens the registry's members grid with exactly these members.
  await details.getByRole('button', { name: 'Показать в реестре' }).click();
  await expect(page.getByTestId('members-grid')).toBeVisible();
  await expect(page.locator('main')).toContainText('проверка «Не указана категория члена Профсоюза»');
  expect(problems).toEqual([]);
});

test('the print view of a member list prints to PDF: pages, running header and page numbers', async () => {
  const { page, problems } = await openDemoPage(env.browser, env.host);
  const db = new BetterSqlite3(demoFile(), { readonly: true });
  const org = db
    .prepare(
      `SELECT o.id, o.short_name AS name, o.name AS fullName, count(m.id) AS n FROM organizations o
         JOIN organizations p ON p.parent_id = o.id JOIN members m ON m.org_id = p.id AND m.removed_on IS NULL
        WHERE o.level = 'local' GROUP BY o.id HAVING n BETWEEN 250 AND 600 ORDER BY n LIMIT 1`,
    )
    .get() as { id: number; name: string; fullName: string; n: number };
  db.close();

  await openSection(page, 'Качество данных');
  await page.getByRole('button', { name: 'Списки для печати…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Списки для печати' });
  await dialog.locator('#list-org').fill(org.name);
  await dialog.getByRole('option').filter({ hasText: org.fullName }).first().click();
  await dialog.getByRole('button', { name: 'Предпросмотр и печать…' }).click();

  const view = page.locator('.print-view');
  await expect(view).toContainText('Список членов Профсоюза');
  await expect(view).toContainText(`Всего: ${formatInt(org.n)}`);

  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'profreestr-print-'));
  const pdf = path.join(out, 'list.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, count);
  expect(pages).toHaveLength(count);
  // About 35–40 rows a page (portrait, 10 pt): a list of this size takes several pages.
  expect(count).toBeGreaterThanOrEqual(Math.ceil(org.n / 45));
  expect(count).toBeLessThanOrEqual(Math.ceil(org.n / 15) + 2);

  const header = `${org.name} — список членов Профсоюза на 01.10.2026`;
  pages.forEach((p, i) => {
    const lines = p.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (i === 0) {
      expect(lines[0]).toBe(header);
      expect(p).toContain('Список членов Профсоюза');
      expect(p).not.toContain('Печать…'); // the toolbar stays on screen
    } else {
      expect(lines.slice(0, 2), `page ${i + 1}`).toEqual([String(i + 1), header]);
      expect(p).toContain('Фамилия, имя, отчество'); // the table header repeats
    }
  });
  fs.rmSync(out, { recursive: true, force: true });
  await view.getByRole('button', { name: 'Закрыть предпросмотр' }).click();
  expect(problems).toEqual([]);
});
