// Every kind of DOCX the app writes passes the package checks that make Word offer a repair
// (docx-package.ts), and the checker itself catches each kind of damage it is meant to catch.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { writeDemoRegion } from '../../../electron/core/demo';
import type { AnySettings } from '../../../shared/api/methods/documents';
import type { DocumentKind } from '../../../shared/domain/documents';
import { openPlantedCore, type PlantedCore } from '../../fixtures/quality-core';
import { tempDir } from '../../fixtures/temp';
import { writeZip } from '../import/zip-helper';
import { docxProblems, readPackage } from './docx-package';

const KINDS = [
  'resolution with appendix',
  'resolution alone',
  'appendix',
  'contest',
  'analysis table, locals',
  'analysis table, primaries',
  'member list, portrait',
  'member list, landscape',
  'card hand-out sheet',
  'letters in one file',
  'one letter alone',
  'letters with no recipient',
] as const;

let dir: string;
let cleanup: () => void;
let demo: Core;
let planted: PlantedCore;
const files = new Map<string, string>();
let perOrg: string[];

async function exportDocument(kind: DocumentKind, name: string, change: Record<string, unknown> = {}) {
  const defaults = await demo.invoke('documents.defaults', { kind });
  const draft = await demo.invoke('documents.create', { kind, settings: { ...defaults, ...change } as AnySettings });
  const target = path.join(dir, `${name}.docx`);
  await demo.invoke('documents.export', { id: draft.id, path: target });
  files.set(name, target);
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const file = path.join(dir, 'demo.profreestr');
  await writeDemoRegion(file, { members: 3000, seed: 5 });
  demo = createCore({ dataDir: path.join(dir, 'data'), mode: 'browser', keepRecent: false });
  await demo.invoke('registry.open', { path: file });
  await exportDocument('resolution', 'resolution with appendix', { withAppendix: true, number: '3-7' });
  await exportDocument('resolution', 'resolution alone', { withAppendix: false });
  await exportDocument('appendix', 'appendix');
  await exportDocument('contest', 'contest', { gratitudeUpTo: 20 });
  for (const [name, level] of [['analysis table, locals', 'local'], ['analysis table, primaries', 'primary']] as const) {
    const target = path.join(dir, `${name}.docx`);
    await demo.invoke('indicators.export', { format: 'docx', level, path: target });
    files.set(name, target);
  }

  planted = await openPlantedCore({ cleanMembers: 240 });
  const { core, region } = planted;
  const root = region.orgs.region!;
  const out = (name: string) => {
    files.set(name, path.join(dir, `${name}.docx`));
    return files.get(name)!;
  };
  await core.invoke('lists.docx', { kind: 'members', orgId: root, path: out('member list, portrait') });
  await core.invoke('lists.docx', { kind: 'members', orgId: root, orientation: 'landscape', columns: ['fio', 'birthDate', 'cardStatus'], path: out('member list, landscape') });
  await core.invoke('lists.docx', { kind: 'cards', orgId: root, path: out('card hand-out sheet') });
  await core.invoke('letters.write', { mode: 'single', path: out('letters in one file'), date: '2026-11-21' });
  await core.invoke('letters.write', { mode: 'single', path: out('one letter alone'), orgIds: [region.orgs.school!], date: '2026-11-21' });
  // The region writes the letters and gets none: the file says there is nothing to write.
  const none = await core.invoke('letters.write', { mode: 'single', path: out('letters with no recipient'), orgIds: [root], date: '2026-11-21' });
  expect(none.letters).toBe(0);
  const folder = path.join(dir, 'Письма');
  const written = await core.invoke('letters.write', { mode: 'perOrg', path: folder, date: '2026-11-21' });
  perOrg = written.files.map((f) => f.path!).filter((f) => f.endsWith('.docx'));
}, 120_000);
afterAll(() => {
  demo?.close();
  planted?.close();
  cleanup();
});

describe('every DOCX the app writes passes the package checks', () => {
  it.each(KINDS)('%s', async (kind) => {
    const file = files.get(kind)!;
    expect(fs.statSync(file).size).toBeGreaterThan(3000);
    expect(await docxProblems(file)).toEqual([]);
  });

  it('letters, one file per organization', async () => {
    expect(perOrg.length).toBeGreaterThan(2);
    for (const file of perOrg) expect(await docxProblems(file), path.basename(file)).toEqual([]);
  });

  it('the documents hold what the checks look at: tables, headers, relationships', async () => {
    const parts = await readPackage(files.get('resolution with appendix')!);
    const body = parts.get('word/document.xml')!.toString('utf8');
    expect(body.match(/<w:tbl>/g)!.length).toBeGreaterThan(2);
    expect(body).toMatch(/r:id="rId\d+"/);
    expect([...parts.keys()].some((n) => /^word\/(header|footer)\d+\.xml$/.test(n))).toBe(true);
  });
});

describe('the checker', () => {
  let good: Map<string, string>;
  let n = 0;

  beforeAll(async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [{ children: [new Paragraph({ text: 'Заголовок', style: 'Heading1' }), new Table({ rows: [new TableRow({ children: [cell('а'), cell('б')] })] })] }],
    });
    const file = path.join(dir, 'good.docx');
    fs.writeFileSync(file, await Packer.toBuffer(doc));
    good = new Map([...(await readPackage(file))].map(([name, data]) => [name, data.toString('utf8')]));
  });

  /** The good package with `change` applied to the named parts (null: the part taken out). */
  function broken(change: Record<string, ((xml: string) => string) | null>): string {
    const entries: Record<string, string> = {};
    for (const [name, xml] of good) {
      const edit = change[name];
      if (edit === null) continue;
      entries[name] = edit ? edit(xml) : xml;
    }
    return writeZip(path.join(dir, `broken-${++n}.docx`), entries);
  }

  const replace = (from: string | RegExp, to: string) => (xml: string) => {
    const out = xml.replace(from, to);
    if (out === xml) throw new Error(`«${from}» is not in the part`);
    return out;
  };

  it('passes the document docx packs as is', async () => {
    expect(await docxProblems(broken({}))).toEqual([]);
  });

  it('finds a missing part', async () => {
    const problems = await docxProblems(broken({ 'word/styles.xml': null }));
    expect(problems).toContain('Override для несуществующей части /word/styles.xml');
    expect(problems.some((p) => p.includes('ведёт к несуществующей части word/styles.xml'))).toBe(true);
    expect(problems).toContain('word/document.xml: стиль w:pStyle=«Heading1» не определён в word/styles.xml');
  });

  it('finds a part without a content type', async () => {
    const types = replace(/<Default [^>]*Extension="rels"\/>/, '');
    const problems = await docxProblems(broken({ '[Content_Types].xml': types }));
    expect(problems).toContain('у части _rels/.rels нет типа содержимого');
    expect(problems).toContain('у части word/_rels/document.xml.rels нет типа содержимого');
    expect(problems.every((p) => p.endsWith('.rels нет типа содержимого'))).toBe(true);
  });

  it('finds a dangling r:id and a repeated relationship Id', async () => {
    const dangling = await docxProblems(broken({ 'word/document.xml': replace('<w:sectPr', '<w:sectPr><w:headerReference w:type="default" r:id="rId99"/></w:sectPr><w:sectPr') }));
    expect(dangling).toContain('word/document.xml: ссылка rId99 не определена в его .rels');
    const twice = await docxProblems(broken({ 'word/_rels/document.xml.rels': replace(/Id="rId2"/, 'Id="rId1"') }));
    expect(twice).toContain('word/_rels/document.xml.rels: Id «rId1» повторяется');
  });

  it('finds a table cell without a paragraph, an empty row and a table without its grid', async () => {
    const noParagraph = await docxProblems(broken({ 'word/document.xml': replace(/(<w:tc>(?:(?!<\/w:tc>).)*?)<w:p>.*?<\/w:p>/s, '$1') }));
    expect(noParagraph).toEqual(['word/document.xml: ячейка без абзаца в таблице 1']);
    const emptyRow = await docxProblems(broken({ 'word/document.xml': replace('</w:tbl>', '<w:tr></w:tr></w:tbl>') }));
    expect(emptyRow).toEqual(['word/document.xml: пустая строка таблицы в таблице 1']);
    const noGrid = await docxProblems(broken({ 'word/document.xml': replace(/<w:tblGrid>.*?<\/w:tblGrid>/s, '') }));
    expect(noGrid).toEqual(['word/document.xml: таблица 1 без w:tblGrid']);
  });

  it('finds unknown numbering and repeated bookmarks', async () => {
    const para = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="42"/></w:numPr></w:pPr><w:bookmarkStart w:id="7" w:name="a"/><w:bookmarkEnd w:id="7"/></w:p>';
    const twice = para.replace('w:name="a"', 'w:name="b"');
    const problems = await docxProblems(broken({ 'word/document.xml': replace('<w:body>', `<w:body>${para}${twice}`) }));
    expect(problems).toEqual([
      'word/document.xml: нумерация w:numId=42 не определена в word/numbering.xml',
      'word/document.xml: закладка w:id=7 повторяется',
    ]);
  });

  it('finds malformed XML and a damaged archive', async () => {
    const malformed = await docxProblems(broken({ 'word/document.xml': replace('</w:body>', '</w:bod>') }));
    expect(malformed).toHaveLength(1);
    expect(malformed[0]).toMatch(/^word\/document.xml — не well-formed XML: .*parser error/);
    const file = broken({});
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 40));
    expect((await docxProblems(file))[0]).toMatch(/^архив не открывается/);
  });
});
