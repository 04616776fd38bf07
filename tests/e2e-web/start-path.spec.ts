// The start screen in browser mode: «Открыть файл…» and «Создать реестр…» reveal a typed-path
// field (there is no file dialog), which refuses an empty path and opens or creates the file.
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { writeSmallRegion } from '../fixtures/small-region';
import { useHost } from './host';

const env = useHost({ each: true, args: () => ['--no-demo'] });

async function openStart(): Promise<{ page: Page; problems: string[] }> {
  const page = await env.browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(env.host.url);
  await expect(page.getByTestId('start-screen')).toBeVisible();
  return { page, problems };
}

const LABEL = 'Полный путь к файлу реестра (.profreestr)';

test('«Создать реестр…»: the path field refuses an empty path, then creates the typed file and opens it', async () => {
  const { page, problems } = await openStart();
  const create = page.getByRole('button', { name: 'Создать реестр…' });
  await create.click();
  await expect(create).toHaveAttribute('aria-expanded', 'true');
  const field = page.getByLabel(LABEL);
  // Nothing else is asked here: the cursor is already in the field.
  await expect(field).toBeFocused();

  await page.getByRole('button', { name: 'Создать', exact: true }).click();
  await expect(page.getByText('Укажите полный путь к файлу.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  const file = path.join(env.host.dataDir, 'Новый реестр.profreestr');
  // Spaces around a pasted path are not part of it.
  await field.fill(`  ${file}  `);
  await page.getByRole('button', { name: 'Создать', exact: true }).click();
  await expect(page.getByTestId('status-bar')).toContainText('Новый реестр.profreestr');
  await expect(page.getByTestId('start-screen')).toBeHidden();
  const db = new BetterSqlite3(file, { readonly: true });
  expect(db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(0);
  db.close();
  expect(problems).toEqual([]);
});

test('«Открыть файл…»: «Отмена» hides the path field; a typed path opens that file', async () => {
  const file = path.join(env.host.dataDir, 'Тест.profreestr');
  writeSmallRegion(file).close();
  const { page, problems } = await openStart();
  const open = page.getByRole('button', { name: 'Открыть файл…' });

  await open.click();
  await expect(page.getByLabel(LABEL)).toBeVisible();
  await page.getByRole('button', { name: 'Отмена', exact: true }).click();
  await expect(page.getByLabel(LABEL)).toBeHidden();
  await expect(open).toHaveAttribute('aria-expanded', 'false');

  await open.click();
  await page.getByLabel(LABEL).fill(file);
  await page.getByRole('button', { name: 'Открыть', exact: true }).click();
  await expect(page.getByTestId('status-bar')).toContainText('Тест.profreestr');
  await expect(page.getByTestId('org-tree')).toContainText('Тестовая областная организация Профсоюза');
  expect(problems).toEqual([]);
});
