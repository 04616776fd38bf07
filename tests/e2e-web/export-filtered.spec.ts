import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { formatInt } from '../../shared/ru';
import { openDemoPage } from './demo-page';
import { exportShown, readCsvExport } from './exported-list';
import { useHost } from './host';

const env = useHost();


interface MemberKey {
  surname: string;
  name: string;
  patronymic: string | null;
  code: string;
}

const key = (m: MemberKey) => [m.surname, m.name, m.patronymic ?? '', m.code].join('|');
const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

test('«Экспорт…» of the members panel writes exactly the members the quick search shows', async () => {
  const { page, problems } = await openDemoPage(env.browser, env.host);

  // The expected members, counted here from the file itself, not through the engine.
  const db = new BetterSqlite3(path.join(env.host.dataDir, 'Демонстрационный регион.profreestr'), { readonly: true });
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

  const file = path.join(env.host.dataDir, 'Отбор.csv');
  await exportShown(page, file, 'CSV (UTF-8)', expected.length);
  const list = readCsvExport(file);
  const [surname, name, patronymic, code] = ['Фамилия', 'Имя', 'Отчество', 'Код организации'].map((label) => list.column(label));
  const written = list.rows.map((_, i) => key({ surname: surname![i]!, name: name![i]!, patronymic: patronymic![i] || null, code: code![i]! }));
  expect(written.length).toBe(expected.length);
  expect(written.sort()).toEqual(expected.map(key).sort());
  expect(problems).toEqual([]);
});
