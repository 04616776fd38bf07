// More of the registry page's editing in the browser mode, against the built app and the small
// known region (tests/fixtures/small-region.ts): fill down, Delete, bulk edit, the organization
// passport, child organizations, and a new member through the card. Rows in the grid are, by
// FIO, Ёлкина, Иванова, Ковальчук, Петров, Смирнова, Черных. Every check reads the file itself.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CARD_STATUS_LABELS, type CardStatus } from '../../shared/domain/enums';
import { cell, typeInto, useSmallRegion, type DbRow } from './small-region-page';

const { open, db, member, actions } = useSmallRegion();
const column = (surnames: string[], col: string) => surnames.map((s) => member(s)[col] ?? null);
const org = (name: string) => db((d) => d.prepare('SELECT * FROM organizations WHERE name = ?').get(name) as DbRow | undefined);
const saved = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** Selects a cell range: a click on its top-left cell, then Shift+arrows. */
async function selectRange(page: Page, grid: Locator, row: number, col: string, down: number, right = 0) {
  await cell(grid, row, col).click();
  for (let i = 0; i < down; i++) await page.keyboard.press('Shift+ArrowDown');
  for (let i = 0; i < right; i++) await page.keyboard.press('Shift+ArrowRight');
}

async function chooseOrg(page: Page, name: string) {
  const tree = page.getByTestId('org-tree');
  await tree.getByRole('button', { name: 'Развернуть всё' }).click();
  await tree.getByText(name, { exact: true }).click();
  await expect(page.locator('.members-panel .panel-toolbar__title')).toHaveText(name);
}

test('Ctrl+D fills a range down from its top row, and the values are in the file after reload', async () => {
  const { page, grid } = await open();
  await typeInto(page, cell(grid, 0, 'position'), 'учитель');
  await expect(saved(page, 'Сохранено')).toBeVisible();
  const source = member('Ёлкина').position;
  expect(source).toBe('учитель');

  await selectRange(page, grid, 0, 'position', 3);
  await expect(page.getByTestId('members-status')).toContainText('Выделено: 4\u00a0строки × 1\u00a0столбец');
  await page.keyboard.press('Control+D');
  await expect(saved(page, 'Заполнение вниз «Должность (учебная группа)»: 3\u00a0строки')).toBeVisible();
  expect(column(['Иванова', 'Ковальчук', 'Петров'], 'position')).toEqual([source, source, source]);
  // Below the range nothing changed.
  expect(column(['Смирнова', 'Черных'], 'position')).toEqual([null, null]);
  expect(actions()).toBe(2);

  await page.reload();
  await expect(cell(grid, 3, 'position')).toHaveText(String(source));
  await expect(cell(grid, 1, 'position')).toHaveText(String(source));
  await expect(cell(grid, 4, 'position')).toHaveText('');
});

test('Delete clears the editable cells of a range, undo brings them back', async () => {
  const { page, grid } = await open();
  const who = ['Иванова', 'Ковальчук', 'Петров'];
  const before = column(who, 'card_status');
  expect(before.some((v) => v !== null)).toBe(true);
  const untouched = column(['Ёлкина', 'Смирнова'], 'card_status');

  // E-mail, «Дата вступления», «Статус ЭПБ» of rows 1–3.
  await selectRange(page, grid, 1, 'email', 2, 2);
  await expect(page.getByTestId('members-status')).toContainText('Выделено: 3\u00a0строки × 3\u00a0столбца');
  await page.keyboard.press('Delete');
  await expect(saved(page, 'Очистка: 9\u00a0ячеек')).toBeVisible();
  expect(column(who, 'card_status')).toEqual([null, null, null]);
  expect(column(['Ёлкина', 'Смирнова'], 'card_status')).toEqual(untouched);
  await expect(cell(grid, 1, 'cardStatus')).toHaveText('');
  expect(actions()).toBe(1);

  await page.keyboard.press('Control+Z');
  await expect(saved(page, 'Отменено: Очистка')).toBeVisible();
  expect(column(who, 'card_status')).toEqual(before);
  await expect(cell(grid, 1, 'cardStatus')).toHaveText(CARD_STATUS_LABELS[before[0] as CardStatus]);
});

test('bulk edit of the selected rows is one action, undone at once', async () => {
  const { page, grid } = await open();
  const who = ['Ёлкина', 'Иванова', 'Ковальчук', 'Петров'];
  const before = column(who, 'card_status');
  const target: CardStatus = 'delivered';
  expect(before).not.toContain(target);
  const othersBefore = column(['Смирнова', 'Черных'], 'card_status');

  await selectRange(page, grid, 0, 'surname', 3);
  await page.getByRole('button', { name: 'Изменить выделенные…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Изменить у 4\u00a0членов Профсоюза' });
  await dialog.getByLabel('Поле').selectOption({ label: 'Статус ЭПБ' });
  await dialog.getByLabel('Статус ЭПБ').selectOption({ label: CARD_STATUS_LABELS[target] });
  await dialog.getByRole('button', { name: 'Применить' }).click();
  await expect(dialog).toBeHidden();
  await expect(saved(page, `Массовая правка: «Статус ЭПБ» = ${CARD_STATUS_LABELS[target]}`)).toBeVisible();
  expect(column(who, 'card_status')).toEqual(who.map(() => target));
  expect(column(['Смирнова', 'Черных'], 'card_status')).toEqual(othersBefore);
  expect(actions()).toBe(1);
  await expect(cell(grid, 0, 'cardStatus')).toHaveText(CARD_STATUS_LABELS[target]);

  const undo = page.getByRole('button', { name: 'Отменить', exact: true });
  await expect(undo).toHaveAttribute('title', /^Отменить: Массовая правка/);
  await undo.click();
  await expect(saved(page, 'Отменено: Массовая правка')).toBeVisible();
  expect(column(who, 'card_status')).toEqual(before);
  await expect(undo).toBeDisabled();
});

test('the passport side form saves the chair e-mail, the AIS responsible and the stat report by category', async () => {
  const { page } = await open();
  const name = 'ППО МБОУ «Школа № 1»';
  expect(org(name)!.chair_email).toBeNull();
  await chooseOrg(page, name);
  await page.getByTestId('org-tree').getByRole('button', { name: 'Паспорт' }).click();
  const passport = page.getByRole('complementary', { name: 'Паспорт организации' });
  await passport.getByLabel('E-mail председателя', { exact: true }).fill('director@school1.ru');
  await passport.getByLabel('Ответственный за работу в АИС', { exact: true }).fill('Сидорова Анна Петровна');
  await passport.getByLabel('Из них работающих', { exact: true }).fill('25');
  await passport.getByLabel('Из них неработающих пенсионеров', { exact: true }).fill('2');
  await passport.getByRole('button', { name: 'Сохранить' }).click();
  await expect.poll(() => org(name)!.chair_email).toBe('director@school1.ru');
  expect(org(name)).toMatchObject({ ais_responsible: 'Сидорова Анна Петровна', stat_working: 25, stat_pensioners: 2, stat_students: null });
  expect(actions()).toBe(1);

  await page.reload();
  await chooseOrg(page, name);
  const button = page.getByTestId('org-tree').getByRole('button', { name: 'Паспорт' });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(passport.getByLabel('E-mail председателя', { exact: true })).toHaveValue('director@school1.ru');
  await expect(passport.getByLabel('Ответственный за работу в АИС', { exact: true })).toHaveValue('Сидорова Анна Петровна');
  await expect(passport.getByLabel('Из них работающих', { exact: true })).toHaveValue('25');
});

async function addChild(page: Page, parent: string, name: string) {
  await chooseOrg(page, parent);
  await page.getByTestId('org-tree').getByRole('button', { name: 'Добавить…' }).click();
  const dialog = page.getByRole('dialog', { name: `Новая организация в «${parent}»` });
  await dialog.getByLabel('Полное наименование').fill(name);
  await dialog.getByRole('button', { name: 'Применить' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => org(name)?.parent_id).toBe(org(parent)!.id);
}

test('a child organization is added, liquidated; an empty one is deleted', async () => {
  const { page } = await open();
  const parent = 'Берёзовская районная организация Профсоюза';
  const tree = page.getByTestId('org-tree');
  const orgsBefore = db((d) => d.prepare('SELECT count(*) FROM organizations').pluck().get() as number);

  const closing = 'ППО МБОУ «Школа № 9»';
  await addChild(page, parent, closing);
  expect(org(closing)).toMatchObject({ status: 'active', level: 'primary' });
  await chooseOrg(page, closing);
  await tree.getByRole('button', { name: 'Ликвидировать' }).click();
  const confirm = page.getByRole('dialog', { name: 'Подтверждение' });
  await expect(confirm).toContainText(`Отметить «${closing}» как ликвидированную?`);
  await confirm.getByRole('button', { name: 'Да' }).click();
  await expect.poll(() => org(closing)!.status).toBe('liquidated');
  await expect(tree).toContainText(`${closing} (ликвидирована)`);
  await expect(tree.getByRole('button', { name: 'Ликвидировать' })).toBeDisabled();

  const empty = 'ППО МБОУ «Школа № 10»';
  await addChild(page, parent, empty);
  await chooseOrg(page, empty);
  await tree.getByRole('button', { name: 'Удалить' }).click();
  await expect(confirm).toContainText(`Удалить пустую организацию «${empty}»?`);
  await confirm.getByRole('button', { name: 'Да' }).click();
  await expect.poll(() => org(empty)).toBeUndefined();
  await expect(tree).not.toContainText(empty);
  expect(db((d) => d.prepare('SELECT count(*) FROM organizations').pluck().get())).toBe(orgsBefore + 1);

  // An organization with members is not deleted: the engine says why, nothing changes.
  const busy = 'ППО МБОУ «Школа № 1»';
  const done = actions();
  await chooseOrg(page, busy);
  await tree.getByRole('button', { name: 'Удалить' }).click();
  await confirm.getByRole('button', { name: 'Да' }).click();
  await expect(tree.getByRole('alert')).toContainText(`Удалить «${busy}» нельзя`);
  expect(org(busy)).toBeDefined();
  expect(actions()).toBe(done);
});

test('a member is added to a primary organization through the card', async () => {
  const { page, grid } = await open();
  const name = 'ППО Озёрского колледжа';
  const orgId = org(name)!.id as number;
  const count = () => db((d) => d.prepare('SELECT count(*) FROM members WHERE org_id = ? AND removed_on IS NULL').pluck().get(orgId) as number);
  const before = count();
  await chooseOrg(page, name);
  await expect(grid.locator('.ag-row')).toHaveCount(before);

  await page.locator('.members-toolbar').getByRole('button', { name: 'Добавить…' }).click();
  const card = page.getByRole('dialog', { name: `Новый член Профсоюза — ${name}` });
  await card.getByLabel('Фамилия', { exact: true }).fill('Абрамова');
  await card.getByLabel('Имя', { exact: true }).fill('Вера');
  await card.getByLabel('Отчество', { exact: true }).fill('Олеговна');
  await card.getByRole('button', { name: 'Сохранить' }).click();
  await expect(card).toBeHidden();

  expect(count()).toBe(before + 1);
  expect(member('Абрамова')).toMatchObject({ org_id: orgId, name: 'Вера', patronymic: 'Олеговна', removed_on: null });
  await expect(grid.locator('.ag-row')).toHaveCount(before + 1);
  await expect(grid).toContainText('Абрамова');
  expect(actions()).toBe(1);
});
