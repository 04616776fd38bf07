// Spreadsheet-like editing in the browser mode, against the built app and a small known region
// (tests/fixtures/small-region.ts): rows in the grid are, by FIO, Ёлкина, Иванова, Ковальчук,
// Петров, Смирнова, Черных. Every check reads the file itself, not only the screen.
import { expect, test, type Page } from '@playwright/test';
import { serializeTsv } from '../../shared/tsv';
import { cell, typeInto, useSmallRegion } from './small-region-page';

const { open, db, member, actions } = useSmallRegion({ clipboard: true });
/** The page's clipboard (permission granted by useSmallRegion); the expression runs in the browser. */
const writeClipboard = (page: Page, text: string) => page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);

test('edit a cell, reload, the value is there', async () => {
  const { page, grid } = await open();
  await typeInto(page, cell(grid, 1, 'email'), 'Ivanova@Mail.RU');
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toBeVisible();
  await expect(cell(grid, 1, 'email')).toHaveText('ivanova@mail.ru');
  expect(member('Иванова').email).toBe('ivanova@mail.ru');
  await page.reload();
  await expect(cell(grid, 1, 'email')).toHaveText('ivanova@mail.ru');
});

test('an invalid e-mail is refused with its message and not saved', async () => {
  const { page, grid } = await open();
  await typeInto(page, cell(grid, 3, 'email'), 'petrov@');
  await expect(page.getByRole('alert')).toContainText('Петров С.И., «E-mail»: «petrov@» — не адрес электронной почты');
  await expect(cell(grid, 3, 'email')).toHaveClass(/cell-invalid/);
  await expect(cell(grid, 3, 'email')).toHaveAttribute('title', /«petrov@» — не адрес электронной почты.*Значение не сохранено/);
  expect(member('Петров').email).toBeNull();
  expect(actions()).toBe(0);
});

test('paste a TSV block, undo, redo', async () => {
  const { page, grid } = await open();
  const block = serializeTsv([
    ['учитель', '8 (900) 111-22-33'],
    ['завуч', '+7 900 444 55 66'],
  ]);
  await writeClipboard(page, block);
  await cell(grid, 1, 'position').click();
  await page.keyboard.press('Control+V');
  await expect(cell(grid, 2, 'phone')).toHaveText('+79004445566');
  expect([member('Иванова').position, member('Иванова').phone]).toEqual(['учитель', '+79001112233']);
  expect([member('Ковальчук').position, member('Ковальчук').phone]).toEqual(['завуч', '+79004445566']);
  expect(actions()).toBe(1);

  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('status').filter({ hasText: 'Отменено: Вставка' })).toBeVisible();
  await expect(cell(grid, 2, 'phone')).toHaveText('');
  expect([member('Иванова').position, member('Ковальчук').phone]).toEqual([null, null]);

  await page.keyboard.press('Control+Y');
  await expect(cell(grid, 2, 'phone')).toHaveText('+79004445566');
  expect(member('Ковальчук').position).toBe('завуч');
});

test('a paste with one bad cell changes nothing', async () => {
  const { page, grid } = await open();
  const block = serializeTsv([
    ['учитель', '8 (900) 111-22-33'],
    ['завуч', '123'],
  ]);
  await writeClipboard(page, block);
  await cell(grid, 1, 'position').click();
  await page.keyboard.press('Control+V');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Вставка отменена целиком');
  await expect(alert).toContainText('Строка 3, «Телефон»: «123» — не номер телефона');
  expect([member('Иванова').position, member('Иванова').phone]).toEqual([null, null]);
  expect(actions()).toBe(0);
  await expect(cell(grid, 1, 'position')).toHaveText('');
});

test('copy gives the exact TSV', async () => {
  const { page, grid } = await open();
  await cell(grid, 0, 'surname').click();
  await cell(grid, 2, 'birthDate').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Shift+ArrowRight'); // orgName
  await page.keyboard.press('Shift+ArrowRight'); // category
  await expect(page.getByTestId('members-status')).toContainText('Выделено: 3\u00a0строки × 6\u00a0столбцов');
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(copied).toBe(
    'Ёлкина\tМария\tИвановна\t04.03.1990\tППО МБОУ «Школа № 1»\tне указан\r\n' +
      'Иванова\tАнна\tПетровна\t01.05.1980\tППО МБОУ «Школа № 1»\tработающий\r\n' +
      'Ковальчук\tИрина\tЛьвовна\t12.11.1970\tППО МБДОУ «Детский сад № 5»\tработающий\r\n',
  );
});

test('transfer and removal of a member', async () => {
  const { page, grid } = await open();
  await cell(grid, 3, 'surname').click(); // Петров, Школа № 1
  await page.getByRole('button', { name: 'Перевести…' }).click();
  const transfer = page.getByRole('dialog', { name: 'Перевод: 1\u00a0член Профсоюза' });
  await transfer.getByLabel('Найдите организацию по названию').fill('колледж');
  await transfer.getByRole('option', { name: /ППО Озёрского колледжа/ }).click();
  await transfer.getByLabel('Дата').fill('15.09.2026');
  await transfer.getByRole('button', { name: 'Применить' }).click();
  await expect(cell(grid, 3, 'orgName')).toHaveText('ППО Озёрского колледжа');
  expect(member('Петров')).toMatchObject({ org_id: 6, transferred_on: '2026-09-15' });

  await cell(grid, 4, 'surname').click(); // Смирнова
  await page.getByRole('button', { name: 'Снять с учёта…' }).click();
  const removal = page.getByRole('dialog', { name: /Снятие с учёта/ });
  await removal.getByLabel('Дата').fill('01.10.2026');
  await removal.getByLabel('Причина').selectOption({ label: 'увольнение' });
  await removal.getByRole('button', { name: 'Применить' }).click();
  await expect(grid.locator('.ag-row[row-index="4"]')).toContainText('Черных');
  expect(member('Смирнова')).toMatchObject({ removed_on: '2026-10-01', removal_reason: 'dismissal' });
  await page.getByLabel('Отбор').selectOption({ label: 'Сняты с учёта' });
  await expect(grid).toContainText('Смирнова');
});

test('moving an organization refuses a cycle', async () => {
  const { page } = await open();
  const tree = page.getByTestId('org-tree');
  await tree.getByRole('button', { name: 'Развернуть всё' }).click();
  await tree.getByText('Берёзовская районная организация Профсоюза').click();
  await tree.getByRole('button', { name: 'Переместить…' }).click();
  const dialog = page.getByRole('dialog', { name: /Переместить/ });
  await dialog.getByLabel('Найдите организацию по названию').fill('Школа');
  await dialog.getByRole('option', { name: /Школа № 1/ }).click();
  await dialog.getByRole('button', { name: 'Применить' }).click();
  await expect(page.getByRole('alert')).toContainText('замкнутый круг');
  expect(db((d) => d.prepare('SELECT parent_id FROM organizations WHERE id = 2').pluck().get())).toBe(1);
  expect(actions()).toBe(0);
});
