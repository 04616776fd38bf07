// The lists and the letters through LibreOffice to PDF, read back as text: titles, the running
// header on every page, page numbers from page 2, grouping, numbering and sorting, the hand-out
// sheet's rows, the letters' addressee in the dative, one letter per page run, and the workbook.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { LetterRecipient } from '../../../shared/api/methods/quality';
import type { PrintList } from '../../../shared/quality/lists';
import { normalizeNamePart } from '../../../shared/domain/fio';
import { openPlantedCore } from '../../fixtures/quality-core';
import type { PlantedRegion } from '../../fixtures/quality-region';
import { docxToPages, flat } from '../documents/pdf';

let dir: string;
let cleanup: () => void;
let core: Core;
let region: PlantedRegion;
let pages: { members: string[]; cards: string[]; letters: string[]; each: string[][] };
let list: PrintList;
let recipients: LetterRecipient[];
let folder: string;

const HEADER = 'ППО «region» — список членов Профсоюза на 01.10.2026';

beforeAll(async () => {
  const planted = await openPlantedCore({ cleanMembers: 240 });
  ({ core, region, dir } = planted);
  cleanup = planted.close;
  const root = region.orgs.region!;
  list = await core.invoke('lists.data', { kind: 'members', orgId: root, columns: ['fio', 'birthDate', 'cardStatus'], orientation: 'landscape' });
  const out = { members: path.join(dir, 'members.docx'), cards: path.join(dir, 'cards.docx'), letters: path.join(dir, 'letters.docx') };
  await core.invoke('lists.docx', { kind: 'members', orgId: root, columns: ['fio', 'birthDate', 'cardStatus'], orientation: 'landscape', path: out.members });
  await core.invoke('lists.docx', { kind: 'cards', orgId: root, path: out.cards });
  recipients = await core.invoke('letters.recipients', { checks: null, orgIds: null });
  await core.invoke('letters.write', { mode: 'single', path: out.letters, date: '2026-11-21', signerName: 'А.А. Специалистова' });
  folder = path.join(dir, 'Письма');
  const each = [region.orgs.kindergarten!, region.orgs.school!, region.orgs.college!];
  await core.invoke('letters.write', { mode: 'perOrg', path: folder, orgIds: each, date: '2026-11-21' });
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.docx')).sort().map((f) => path.join(folder, f));
  const [members, cards, letters, ...eachPages] = docxToPages(dir, [out.members, out.cards, out.letters, ...files]);
  pages = { members: members!, cards: cards!, letters: letters!, each: eachPages };
}, 240_000);
afterAll(() => cleanup());

const firstLines = (page: string, n: number) => page.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, n);

describe('member list', () => {
  it('has the title block, and the organization and date atop every page, numbered from page 2', () => {
    expect(pages.members.length).toBeGreaterThan(2);
    expect(flat(pages.members[0]!)).toContain('Список членов Профсоюза ППО «region» по состоянию на 01.10.2026');
    pages.members.forEach((page, i) => {
      const top = firstLines(page, 2).map(flat);
      if (i === 0) expect(top[0]).toBe(HEADER);
      else expect(top).toEqual([String(i + 1), HEADER]);
    });
  });

  it('groups by organization in tree order, numbers from 1 in each, sorts by name, lists no removed member', () => {
    const text = flat(pages.members.join('\n'));
    const captions = list.tables.map((t) => t.caption);
    // Depth first, children by name: the unit right after its primary, «kindergarten» before «school».
    expect(captions.indexOf('ППО «faculty»')).toBe(captions.indexOf('ППО «students»') + 1);
    expect(captions.indexOf('ППО «kindergarten»')).toBeLessThan(captions.indexOf('ППО «school»'));
    let at = 0;
    for (const caption of captions) {
      const next = text.indexOf(caption, at);
      expect(next, caption).toBeGreaterThanOrEqual(at);
      at = next;
    }
    for (const t of list.tables) {
      expect(t.rows.map((r) => r[0])).toEqual(t.rows.map((_, i) => String(i + 1)));
      const names = t.rows.map((r) => normalizeNamePart(r[1]));
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    expect(list.tables[0]!.columns.map((c) => c.header)).toEqual(['№ п/п', 'Фамилия, имя, отчество', 'Дата рождения', 'Статус ЭПБ']);
    expect(text).toContain('Морозова Ирина Олеговна');
    expect(text).not.toContain('Титова Анна Ильинична Ильинична');
    const active = list.total;
    expect(active).toBe(list.tables.reduce((n, t) => n + t.rows.length, 0));
  });
});

describe('card hand-out sheet', () => {
  it('lists exactly the members whose card is «доставлен в регион», with blank date and signature columns', () => {
    const text = flat(pages.cards.join('\n'));
    expect(text).toContain('Ведомость выдачи электронных профсоюзных билетов');
    expect(text).toMatch(/№ п\/п Фамилия, имя, отчество Номер ЭПБ Дата выдачи Подпись/);
    const numbers = [...text.matchAll(/9643\d{9}/g)].map((m) => m[0]);
    expect(numbers).toHaveLength(4); // cardOld, cardNoDate, cardRecent, card60
    expect(text).toContain('Выдал:');
  });
});

describe('recommendation letters', () => {
  it('one letter per organization with problems, each on its own pages, addressed in the dative', () => {
    const starts = pages.letters.filter((p) => firstLines(p, 1)[0] === 'Председателю');
    expect(starts).toHaveLength(recipients.length);
    expect(recipients.some((r) => r.orgId === region.orgs.region)).toBe(false); // the region writes, it gets none
    const school = flat(starts.find((p) => flat(p).includes('Организации «school»'))!);
    expect(school).toContain('Председателю Организации «school» Председателевой М.И.');
    expect(school).toContain('Уважаемая Мария Ивановна!');
    expect(school).toContain('21.11.2026 № ________');
    expect(school).toContain('на 01.10.2026');
    expect(school).toContain('до 21.12.2026');
  });

  it('lists each problem with its count and the records to correct, signed by the specialist', () => {
    const text = flat(pages.letters.join('\n'));
    expect(text).toMatch(/Неверный телефон или e-mail ошибка \d+/);
    expect(text).toContain('«12345» — не номер телефона');
    expect(text).toContain('А.А. Специалистова');
    const schoolLetter = recipients.find((r) => r.orgId === region.orgs.school)!;
    expect(schoolLetter.rows).toBeGreaterThan(20);
  });

  it('numbers each letter’s pages from 1, from its page 2', () => {
    // In the bundle: the page after the school letter's first page is its page 2.
    const start = pages.letters.findIndex((p) => firstLines(p, 1)[0] === 'Председателю' && flat(p).includes('Организации «school»'));
    expect(firstLines(pages.letters[start + 1]!, 1)[0]).toBe('2');
    const firstPages = pages.letters.filter((p) => firstLines(p, 1)[0] === 'Председателю').length;
    expect(firstPages).toBe(recipients.length); // no first page carries a number
  });

  it('writes one file per organization, each with its own letter only', () => {
    expect(pages.each).toHaveLength(3);
    const names = ['kindergarten', 'school', 'college'];
    for (const file of pages.each) {
      expect(file.filter((p) => firstLines(p, 1)[0] === 'Председателю')).toHaveLength(1);
      expect(firstLines(file[0]!, 1)[0]).toBe('Председателю');
      expect(names.filter((n) => flat(file[0]!).includes(`Организации «${n}»`))).toHaveLength(1);
      expect(flat(file.join(' '))).toContain('Специалист');
    }
    const school = pages.each.find((f) => flat(f[0]!).includes('Организации «school»'))!;
    expect(school.length).toBeGreaterThan(1);
    expect(firstLines(school[1]!, 1)[0]).toBe('2');
  });

  it('writes the same as a workbook: a summary and a sheet per organization', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'letters.xlsx'));
    expect(book.worksheets.map((s) => s.name)[0]).toBe('Сводка');
    expect(book.worksheets).toHaveLength(recipients.length + 1);
    const school = recipients.find((r) => r.orgId === region.orgs.school)!;
    const sheet = book.worksheets.find((s) => s.name.startsWith(school.code))!;
    expect(sheet.rowCount).toBe(3 + school.rows);
    expect(sheet.getRow(3).values).toEqual([undefined, '№ п/п', 'ФИО (организация)', 'Поле', 'Что не так']);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.docx'))).toHaveLength(3);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
  });
});
