import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { formatInt } from '../../shared/ru';
import { openDemoPage } from './demo-page';
import { openBrowser, startHost, type RunningHost } from './host';

let host: RunningHost;
let browser: Awaited<ReturnType<typeof openBrowser>>;

test.beforeAll(async () => {
  host = await startHost();
  browser = await openBrowser();
});
test.afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

interface MemberKey {
  surname: string;
  name: string;
  patronymic: string | null;
  code: string;
}

const key = (m: MemberKey) => [m.surname, m.name, m.patronymic ?? '', m.code].join('|');
const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** «;»-separated CSV with "quoted" fields, as Excel writes and reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

test('«Экспорт…» of the members panel writes exactly the members the quick search shows', async () => {
  const { page, problems } = await openDemoPage(browser, host);

  // The expected members, counted here from the file itself, not through the engine.
  const db = new BetterSqlite3(path.join(host.dataDir, 'Демонстрационный регион.profreestr'), { readonly: true });
  const active = db
    .prepare('SELECT m.surname, m.name, m.patronymic, o.code FROM members m JOIN organizations o ON o.id = m.org_id WHERE m.removed_on IS NULL')
    .all() as MemberKey[];
  const roots = (db.prepare('SELECT count(*) AS n FROM organizations WHERE parent_id IS NULL').get() as { n: number }).n;
  db.close();
  // One root: the page starts on it, and its subtree is the whole file.
  expect(roots).toBe(1);
  // The most common surname's first five letters: a search that matches several people.
  const bySurname = new Map<string, number>();
  for (const m of active) bySurname.set(m.surname, (bySurname.get(m.surname) ?? 0) + 1);
  const common = [...bySurname].filter(([s]) => s.length >= 5).sort((a, b) => b[1] - a[1])[0]![0];
  const search = common.slice(0, 5).toUpperCase();
  const expected = active.filter((m) => fold([m.surname, m.name, m.patronymic].filter(Boolean).join(' ')).startsWith(fold(search)));
  expect(expected.length).toBeGreaterThan(1);
  expect(expected.length).toBeLessThan(active.length);

  await page.getByRole('searchbox', { name: 'Поиск по ФИО' }).fill(search);
  const status = page.getByTestId('members-status');
  await expect(status).toHaveAttribute('data-search', search);
  await expect(status).toContainText(`Показано ${formatInt(expected.length)} из ${formatInt(active.length)}`);

  await page.getByRole('button', { name: 'Экспорт…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Экспорт списка' });
  await expect(dialog).toContainText(formatInt(expected.length));
  await dialog.getByLabel('Формат').selectOption({ label: 'CSV (UTF-8)' });
  const file = path.join(host.dataDir, 'Отбор.csv');
  await dialog.getByLabel('Полный путь к файлу').fill(file);
  await dialog.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Выгружено строк' })).toContainText(`Выгружено строк: ${formatInt(expected.length)} — ${file}`);

  const bytes = fs.readFileSync(file);
  // UTF-8 with a BOM, so Excel reads the Russian letters right.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [headers, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  const col = (label: string) => {
    const i = headers!.indexOf(label);
    expect(i, label).toBeGreaterThanOrEqual(0);
    return i;
  };
  const [surname, name, patronymic, code] = [col('Фамилия'), col('Имя'), col('Отчество'), col('Код организации')];
  const written = rows.map((r) => key({ surname: r[surname]!, name: r[name]!, patronymic: r[patronymic] || null, code: r[code]! }));
  expect(written.length).toBe(expected.length);
  expect(written.sort()).toEqual(expected.map(key).sort());
  expect(problems).toEqual([]);
});
