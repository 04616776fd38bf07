// Each document from a demo region, through LibreOffice to PDF: the figures, the lists with
// declined names, page numbers from page 2, and the table header repeated on every page.
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agree, agreeVerb, formatInt, formatPercent } from '../../../shared/ru';
import type { ContestSettings } from '../../../shared/domain/documents';
import type { IndicatorTable } from '../../../shared/domain/indicators';
import { openRegistryDb } from '../../../electron/core/db/open';
import { writeDemoRegion } from '../../../electron/core/demo';
import { appendixDefaults, contestDefaults, fileContext, resolutionDefaults } from '../../../electron/core/documents/defaults';
import { contestRanking } from '../../../electron/core/documents/contest-text';
import { renderDocument } from '../../../electron/core/documents/generate';
import { listItem } from '../../../electron/core/documents/names';
import { computeIndicators } from '../../../electron/core/indicators/compute';
import { tempDir } from '../../fixtures/temp';
import { docxToPages, flat } from './pdf';

let db: Database;
let dir: string;
let cleanup: () => void;
let table: IndicatorTable;
let pages: { resolution: string[]; appendix: string[]; contest: string[] };
let contest: ContestSettings;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const file = path.join(dir, 'demo.profreestr');
  await writeDemoRegion(file, { members: 8000, seed: 5 });
  db = openRegistryDb(file);
  const ctx = fileContext(db);
  table = computeIndicators(db, { level: 'local' });
  const out = {
    resolution: path.join(dir, 'resolution.docx'),
    appendix: path.join(dir, 'appendix.docx'),
    contest: path.join(dir, 'contest.docx'),
  };
  fs.writeFileSync(out.resolution, await renderDocument(db, 'resolution', { ...resolutionDefaults(ctx, '2026-11-20'), number: '3-7' }));
  fs.writeFileSync(out.appendix, await renderDocument(db, 'appendix', appendixDefaults(ctx, '2026-11-20')));
  contest = { ...contestDefaults(ctx, '2026-11-20'), gratitudeUpTo: 20 };
  fs.writeFileSync(out.contest, await renderDocument(db, 'contest', contest));
  const [resolution, appendix, contestPages] = docxToPages(dir, [out.resolution, out.appendix, out.contest]);
  pages = { resolution: resolution!, appendix: appendix!, contest: contestPages! };
}, 180_000);
afterAll(() => {
  db.close();
  cleanup();
});

const firstLine = (page: string): string => page.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

describe('resolution DOCX', () => {
  it('has the requisites, the figures and «ПОСТАНОВЛЯЕТ:»', () => {
    const text = flat(pages.resolution.join('\n'));
    expect(text).toContain('ЗАОЗЁРСКАЯ ОБЛАСТНАЯ ОРГАНИЗАЦИЯ');
    expect(text).toMatch(/П ?Р ?Е ?З ?И ?Д ?И ?У ?М/);
    expect(text).toContain('20 ноября 2026 г.');
    expect(text).toContain('Протокол № 3-7');
    const total = table.total.values;
    expect(text).toContain(flat(`${agreeVerb(total.registered!, 'состоит', 'состоят')} ${agree(total.registered!, 'член Профсоюза')}`));
    expect(text).toContain(flat(`что составляет ${formatPercent(total.coverage!)}`));
    expect(text).toContain(flat(`Изготовлено ${formatInt(total.cardsProduced!)}`));
    expect(text).toContain('ПОСТАНОВЛЯЕТ:');
    expect(text).toMatch(/Председатель Заозёрской областной организации Профсоюза [А-ЯЁ]\.[А-ЯЁ]\. [А-ЯЁ][а-яё]+/);
  });

  it('lists each tier with chairs, in the case the phrase governs', () => {
    const text = flat(pages.resolution.join('\n'));
    const weak = table.rows.filter((r) => r.tier === 'weak');
    const complete = table.rows.filter((r) => r.tier === 'complete');
    expect(weak.length).toBeGreaterThan(0);
    expect(complete.length).toBeGreaterThan(0);
    for (const r of weak) {
      // «наблюдается в … Xской районной организации Профсоюза (Фамилия И.О.)» and «обратить внимание председателей … (genitive)»
      expect(text).toContain(flat(listItem(r, 'prepositional')));
      expect(text).toContain(flat(listItem(r, 'genitive')));
    }
    for (const r of complete) {
      expect(text).toContain(flat(listItem(r, 'nominative')));
      expect(text).toContain(flat(listItem(r, 'genitive')));
    }
    expect(text).toMatch(/Обратить внимание председателей следующих местных организаций Профсоюза на необходимость .*?: \d+\.1\. \S+ (районной|городской) организации Профсоюза/);
  });

  it('numbers pages from page 2 at the top and repeats the appendix table header on every page', () => {
    const p = pages.resolution;
    expect(p.length).toBeGreaterThan(3);
    expect(firstLine(p[0]!)).not.toMatch(/^\d+$/);
    p.slice(1).forEach((page, i) => expect(firstLine(page)).toBe(String(i + 2)));
    const appendixStart = p.findIndex((page) => page.includes('Приложение'));
    expect(appendixStart).toBeGreaterThan(0);
    // Every appendix page after the first starts with a table's header row (or a table's caption).
    for (const page of p.slice(appendixStart + 1)) {
      const top = flat(page.split('\n').slice(0, 14).join(' '));
      expect(top).toMatch(/(№ .*Организация|Организация .*п\/п|Таблица \d)/);
    }
    expect(p.slice(appendixStart + 1).length).toBeGreaterThan(1);
  });
});

describe('appendix DOCX', () => {
  it('has numbered tables 1–5 with the figures and totals', () => {
    const text = flat(pages.appendix.join('\n'));
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Таблица ${i}.`);
    expect(text).toContain(flat(formatInt(table.total.values.statMembers!)));
    const some = table.rows.find((r) => r.tier === 'near')!;
    expect(text).toContain(flat(formatPercent(some.values.coverage!)));
    expect(text).toMatch(/Итого/);
    expect(firstLine(pages.appendix[1]!)).toBe('2');
  });
});

describe('contest DOCX', () => {
  it('awards in the accusative and thanks in the dative, with the ranking table', () => {
    const text = flat(pages.contest.join('\n'));
    expect(text).toMatch(/Наградить \S+ \S\.\S\., председателя \S+ (районной|городской) организации Профсоюза, занявш(его|ую) 1 место, денежной премией в размере 10 000 руб\./);
    const thanked = contestRanking(table, contest).filter((r) => r.place! > 3 && r.place! <= contest.gratitudeUpTo);
    expect(thanked.length).toBeGreaterThan(0);
    expect(text.match(/Объявить благодарность \S+ \S\.\S\., председателю [^.]*?организации Профсоюза[^.]*?, занявш(ему|ей) \d+ место\./g)?.length).toBe(thanked.length);
    expect(text).toContain('Места по показателю «Охват электронным учётом, %»');
  });
});
