import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openDemoPage, openSection } from './demo-page';
import { ROOT, useHost } from './host';

const env = useHost();


test('«Документы»: a resolution draft is created, edited, kept on regeneration and downloaded', async () => {
  const { page, problems } = await openDemoPage(env.browser, env.host);
  await openSection(page, 'Документы');
  await page.getByRole('button', { name: /Новый: постановление президиума/ }).click();

  const editor = page.getByTestId('draft-editor');
  await expect(editor.getByLabel('Заголовок')).toHaveValue(/О ходе реализации проекта/);
  await expect(editor.getByLabel('Пункт 1', { exact: true })).toHaveValue(/принять к сведению/);
  const attention = editor.locator('[data-part="point.attention.items"] textarea');
  await expect(attention).toHaveValue(/районной организации Профсоюза \(/);

  await editor.getByLabel('Номер протокола').fill('3-7');
  const analyse = editor.locator('[data-part="point.analyse"] textarea');
  await analyse.fill('Председателям местных организаций Профсоюза провести сверку реестра.');
  await expect(editor).toContainText('Есть несохранённые правки');
  await editor.getByRole('button', { name: 'Сохранить' }).click();
  await expect(editor).toContainText('Черновик сохранён');

  await editor.getByRole('button', { name: 'Обновить по данным' }).click();
  await expect(editor.getByRole('status')).toContainText('Текст обновлён по текущим данным');
  await expect(analyse).toHaveValue('Председателям местных организаций Профсоюза провести сверку реестра.');
  await expect(editor.locator('[data-part="point.analyse"]')).toContainText('изменено вручную');

  const download = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Скачать DOCX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^О ходе реализации проекта .*\.docx$/);
  const shots = path.join(ROOT, 'tests', 'artifacts');
  fs.mkdirSync(shots, { recursive: true });
  const saved = path.join(shots, 'resolution.docx');
  await file.saveAs(saved);
  expect(fs.statSync(saved).size).toBeGreaterThan(10_000);
  await expect(page.getByRole('button', { name: /О ходе реализации проекта/ })).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'documents-web.png') });
  expect(problems).toEqual([]);
});
