// «Экспорт…» of the members panel writes the list exactly as the grid shows it: with the grid's
// own column filters, with a (multi-column) sort, with a preset of «Отбор». Each test reads the
// written file and compares it with the rows read straight from the region file and with the
// rows drawn on screen.
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CARD_STATUS_LABELS, type CardStatus } from '../../shared/domain/enums';
import { formatDateNumeric, formatInt } from '../../shared/ru';
import { openDemoPage } from './demo-page';
import { exportShown, readCsvExport, readXlsxExport, rowsOnScreen, type ExportedList } from './exported-list';
import { useHost } from './host';

const env = useHost();

interface Member {
  id: number;
  ais_id: string;
  surname: string;
  name: string;
  patronymic: string | null;
  fio_norm: string;
  birth_date: string | null;
  position: string | null;
  card_status: CardStatus | null;
  app_installed: number;
  removed_on: string | null;
  org_name: string;
}

/** Every member of the demo region, read from the file itself, not through the engine. */
let members: Member[];
let onRegister: number;

test.beforeAll(async () => {
  const db = new BetterSqlite3(path.join(env.host.dataDir, 'Демонстрационный регион.profreestr'), { readonly: true });
  members = db
    .prepare(
      `SELECT m.id, m.ais_id, m.surname, m.name, m.patronymic, m.fio_norm, m.birth_date, m.position, m.card_status,
              m.app_installed, m.removed_on, o.name AS org_name
         FROM members m JOIN organizations o ON o.id = m.org_id`,
    )
    .all() as Member[];
  // One root: the page starts on it, and its subtree is the whole file.
  expect(db.prepare('SELECT count(*) FROM organizations WHERE parent_id IS NULL').pluck().get()).toBe(1);
  db.close();
  onRegister = members.filter((m) => m.removed_on === null).length;
});

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');
/** Binary order, as SQLite compares text (code points of Cyrillic sort like UTF-8 bytes). */
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The grid's order when nothing else is asked: by the normalized FIO, then by record. */
const byFio = (a: Member, b: Member) => binary(a.fio_norm, b.fio_norm) || a.id - b.id;
const date = (iso: string | null) => (iso ? formatDateNumeric(iso) : '');

/** What a person compares by eye: FIO, birth date, organization — on screen and in the file. */
const lineOf = (m: Member) => [m.surname, m.name, m.patronymic ?? '', date(m.birth_date), m.org_name].join(' | ');
const SCREEN_COLUMNS = ['surname', 'name', 'patronymic', 'birthDate', 'orgName'];
const FILE_COLUMNS = ['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Организация'];

async function openWide(): Promise<{ page: Page; grid: Locator; problems: string[] }> {
  const { page, problems } = await openDemoPage(env.browser, env.host);
  // Wide enough that the default columns, «Статус ЭПБ» last, are all drawn.
  await page.setViewportSize({ width: 2400, height: 1000 });
  const grid = page.getByTestId('members-grid');
  await expect(grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="surname"]')).not.toBeEmpty();
  return { page, grid, problems };
}

const header = (grid: Locator, colId: string) => grid.locator(`.ag-header-cell[col-id="${colId}"]`);

/** The column filter of a header, opened with its funnel button as a user does. */
async function openFilter(page: Page, grid: Locator, colId: string): Promise<Locator> {
  await header(grid, colId).locator('.ag-header-cell-filter-button').click();
  const popup = page.locator('.ag-filter-menu');
  await expect(popup).toBeVisible();
  return popup;
}

async function closeFilter(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.locator('.ag-filter-menu')).toHaveCount(0);
}

/** Waits until the status line counts `rows` and the first row drawn is `first`'s. */
async function expectShown(page: Page, grid: Locator, rows: number, unfiltered: number, first: Member | undefined) {
  await expect(page.getByTestId('members-status')).toHaveText(`Показано ${formatInt(rows)} из ${formatInt(unfiltered)}`);
  if (first) {
    const row = grid.locator('.ag-row[row-index="0"]');
    await expect(row.locator('.ag-cell[col-id="surname"]')).toHaveText(first.surname);
    await expect(row.locator('.ag-cell[col-id="birthDate"]')).toHaveText(date(first.birth_date));
    await expect(row.locator('.ag-cell[col-id="orgName"]')).toHaveText(first.org_name);
  }
}

/** The written file holds exactly `expected`, in that order, and agrees with the rows on screen. */
async function expectFile(file: ExportedList, expected: Member[], grid: Locator) {
  expect(file.rows.length).toBe(expected.length);
  expect(file.column('ID в АИС')).toEqual(expected.map((m) => m.ais_id));
  const columns = FILE_COLUMNS.map((label) => file.column(label));
  const lines = file.rows.map((_, i) => columns.map((c) => c[i]).join(' | '));
  expect(lines).toEqual(expected.map(lineOf));
  const screen = await rowsOnScreen(grid);
  expect(screen.length).toBeGreaterThanOrEqual(Math.min(10, expected.length));
  for (const row of screen) expect(SCREEN_COLUMNS.map((c) => row.cells[c]).join(' | '), `row ${row.index + 1}`).toBe(lines[row.index]);
}

test('«Экспорт…» writes what the column filters show: a list filter of «Статус ЭПБ» and a text filter of «Должность»', async () => {
  const { page, grid, problems } = await openWide();
  const kept: CardStatus[] = ['delivered', 'refused'];
  const active = members.filter((m) => m.removed_on === null);
  const byStatus = active.filter((m) => m.card_status !== null && kept.includes(m.card_status)).sort(byFio);
  // A word of the most common position among them: a text filter that leaves part of the list.
  const positions = new Map<string, number>();
  for (const m of byStatus) if (m.position) positions.set(m.position, (positions.get(m.position) ?? 0) + 1);
  const word = [...positions].sort((a, b) => b[1] - a[1])[0]![0].split(' ')[0]!;
  const expected = byStatus.filter((m) => m.position !== null && fold(m.position).includes(fold(word)));
  expect(byStatus.length).toBeLessThan(active.length);
  expect(expected.length).toBeGreaterThan(10);
  expect(expected.length).toBeLessThan(byStatus.length);

  // «Статус ЭПБ»: every box starts ticked; untick all but the kept statuses.
  const statusFilter = await openFilter(page, grid, 'cardStatus');
  const boxes = statusFilter.getByRole('checkbox');
  await expect(boxes).toHaveCount(Object.keys(CARD_STATUS_LABELS).length + 1);
  for (const label of await statusFilter.locator('label').allTextContents()) {
    if (kept.some((k) => CARD_STATUS_LABELS[k] === label)) continue;
    await statusFilter.getByLabel(label, { exact: true }).uncheck();
  }
  await closeFilter(page);
  await expectShown(page, grid, byStatus.length, active.length, byStatus[0]);

  // «Должность» содержит the word, typed in capitals: the filter ignores case.
  const positionFilter = await openFilter(page, grid, 'position');
  await positionFilter.getByLabel('Значение фильтра').fill(word.toUpperCase());
  await expectShown(page, grid, expected.length, active.length, expected[0]);
  await closeFilter(page);
  await expect(header(grid, 'position')).toHaveClass(/ag-header-cell-filtered/);

  const file = path.join(env.host.dataDir, 'Фильтр столбцов.csv');
  await exportShown(page, file, 'CSV (UTF-8)', expected.length);
  await expectFile(readCsvExport(file), expected, grid);
  expect(problems).toEqual([]);
});

test('«Экспорт…» writes the rows in the order on screen: «Статус ЭПБ» ascending, then (Shift) «Дата рождения» descending', async () => {
  const { page, grid, problems } = await openWide();
  const label = (m: Member) => (m.card_status ? CARD_STATUS_LABELS[m.card_status] : '');
  // Descending dates put the empty ones last, as SQLite does.
  const byDateDesc = (a: Member, b: Member) =>
    a.birth_date === b.birth_date ? 0 : a.birth_date === null ? 1 : b.birth_date === null ? -1 : binary(b.birth_date, a.birth_date);
  // A list sorts by the labels a user reads, not by stored ids.
  const expected = members
    .filter((m) => m.removed_on === null)
    .sort((a, b) => label(a).localeCompare(label(b), 'ru') || byDateDesc(a, b) || byFio(a, b));

  await header(grid, 'cardStatus').locator('.ag-header-cell-label').click();
  await expect(header(grid, 'cardStatus')).toHaveAttribute('aria-sort', 'ascending');
  const birth = header(grid, 'birthDate').locator('.ag-header-cell-label');
  await birth.click({ modifiers: ['Shift'] });
  await expect(header(grid, 'birthDate')).toHaveAttribute('aria-sort', 'ascending');
  await birth.click({ modifiers: ['Shift'] });
  await expect(header(grid, 'birthDate')).toHaveAttribute('aria-sort', 'descending');
  // Shift kept the first key.
  await expect(header(grid, 'cardStatus')).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByTestId('members-status')).toHaveText(`Строк: ${formatInt(expected.length)}`);
  const first = grid.locator('.ag-row[row-index="0"]');
  await expect(first.locator('.ag-cell[col-id="cardStatus"]')).toHaveText(label(expected[0]!));
  await expect(first.locator('.ag-cell[col-id="surname"]')).toHaveText(expected[0]!.surname);
  await expect(first.locator('.ag-cell[col-id="birthDate"]')).toHaveText(date(expected[0]!.birth_date));

  const file = path.join(env.host.dataDir, 'Сортировка.csv');
  await exportShown(page, file, 'CSV (UTF-8)', expected.length);
  const written = readCsvExport(file);
  await expectFile(written, expected, grid);
  expect(written.column('Статус ЭПБ')).toEqual(expected.map(label));

  // Dragged to the end of the scrollbar: the end of the list on screen is the end of the file too.
  await grid.locator('.ag-body-vertical-scroll-viewport').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = expected.at(-1)!;
  await expect(grid.locator(`.ag-row[row-index="${expected.length - 1}"] .ag-cell[col-id="surname"]`)).toHaveText(last.surname);
  await expectFile(written, expected, grid);
  expect(problems).toEqual([]);
});

test('«Экспорт…» writes what a preset of «Отбор» shows: «Отказ без приложения», then «Сняты с учёта»', async () => {
  const { page, grid, problems } = await openWide();
  const preset = page.getByRole('combobox', { name: 'Отбор' });

  const refused = members.filter((m) => m.removed_on === null && m.card_status === 'refused' && m.app_installed === 0).sort(byFio);
  expect(refused.length).toBeGreaterThan(10);
  await preset.selectOption({ label: 'Отказ без приложения' });
  await expectShown(page, grid, refused.length, onRegister, refused[0]);
  const xlsx = path.join(env.host.dataDir, 'Отказ без приложения.xlsx');
  await exportShown(page, xlsx, 'Книга Excel (XLSX)', refused.length);
  const book = await readXlsxExport(xlsx);
  await expectFile(book, refused, grid);
  expect(new Set(book.column('Статус ЭПБ'))).toEqual(new Set([CARD_STATUS_LABELS.refused]));

  // Removed members are outside every other list; this preset shows only them, with the date.
  const removed = members.filter((m) => m.removed_on !== null).sort(byFio);
  expect(removed.length).toBeGreaterThan(10);
  await preset.selectOption({ label: 'Сняты с учёта' });
  await expectShown(page, grid, removed.length, onRegister, removed[0]);
  const csv = path.join(env.host.dataDir, 'Сняты с учёта.csv');
  await exportShown(page, csv, 'CSV (UTF-8)', removed.length);
  const list = readCsvExport(csv);
  await expectFile(list, removed, grid);
  expect(list.column('Дата снятия с учета')).toEqual(removed.map((m) => date(m.removed_on)));
  expect(problems).toEqual([]);
});
