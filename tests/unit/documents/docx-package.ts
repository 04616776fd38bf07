// The package checks Word runs before it opens a DOCX (Word itself is not available here): what it
// finds wrong makes it offer to «repair» the file. The archive unpacks intact; every part has a
// content type and every Override names a part; every .xml/.rels part is well-formed (xmllint);
// relationships have unique Ids and internal targets that exist, and every r:id/r:embed/r:link
// a part uses is one of its relationships; in the body, headers and footers the numbering and
// style ids exist, bookmark ids are unique, every table has its grid, every row a cell and every
// cell a paragraph. Returns the problems found, in words; an empty list means the package passed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readCentralDirectory, readEntry, verifyZip, ZipError } from '../../../electron/core/import/read/zip';
import { tempDir } from '../../fixtures/temp';

type Parts = Map<string, Buffer>;

/** Every file of the archive by name; throws ZipError unless every entry unpacks intact. */
export async function readPackage(file: string): Promise<Parts> {
  const entries = readCentralDirectory(file).filter((e) => !e.name.endsWith('/'));
  await verifyZip(file, entries);
  return new Map(entries.map((e) => [e.name, readEntry(file, e)]));
}

const attr = (tag: string, name: string): string | null => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? null;
const tags = (xml: string, name: string): string[] => [...xml.matchAll(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g'))].map((m) => m[0]);
const text = (parts: Parts, name: string): string => parts.get(name)!.toString('utf8');

function contentTypeProblems(parts: Parts): string[] {
  const types = parts.get('[Content_Types].xml');
  if (!types) return ['нет [Content_Types].xml'];
  const xml = types.toString('utf8');
  const defaults = new Set(tags(xml, 'Default').map((t) => (attr(t, 'Extension') ?? '').toLowerCase()));
  const overrides = new Set(tags(xml, 'Override').map((t) => (attr(t, 'PartName') ?? '').toLowerCase()));
  const names = new Set([...parts.keys()].map((n) => `/${n}`.toLowerCase()));
  const problems = [...overrides].filter((o) => !names.has(o)).map((o) => `Override для несуществующей части ${o}`);
  for (const name of parts.keys()) {
    if (name === '[Content_Types].xml') continue;
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase(); // «_rels/.rels» has the extension «rels»
    if (!overrides.has(`/${name}`.toLowerCase()) && !defaults.has(ext)) problems.push(`у части ${name} нет типа содержимого`);
  }
  return problems;
}

/** xmllint on every .xml/.rels part at once; the parts it names as not well-formed. */
function wellFormedProblems(parts: Parts): string[] {
  const xmlNames = [...parts.keys()].filter((n) => /\.(xml|rels)$/i.test(n));
  const { dir, cleanup } = tempDir('docx-package-');
  try {
    const files = xmlNames.map((name, i) => {
      const file = path.join(dir, `${i}${path.posix.extname(name)}`);
      fs.writeFileSync(file, parts.get(name)!);
      return file;
    });
    const run = spawnSync('xmllint', ['--noout', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.error) throw new Error(`xmllint не запустился (пакет libxml2-utils): ${run.error.message}`);
    if (run.status === 0) return [];
    const bad = xmlNames.filter((_, i) => run.stderr.includes(`${files[i]}:`));
    if (bad.length === 0) return [`xmllint: ${run.stderr.trim()}`];
    return bad.map((name) => `${name} — не well-formed XML: ${run.stderr.split('\n').find((l) => l.includes(files[xmlNames.indexOf(name)]!))}`);
  } finally {
    cleanup();
  }
}

/** The part a relationship file describes: «word/_rels/document.xml.rels» → «word/document.xml», «_rels/.rels» → the package (''). */
function sourceOf(rels: string): string {
  const dir = path.posix.dirname(path.posix.dirname(rels));
  const base = path.posix.basename(rels).slice(0, -'.rels'.length);
  return dir === '.' ? base : `${dir}/${base}`;
}

function relationshipProblems(parts: Parts): string[] {
  const problems: string[] = [];
  const defined = new Map<string, Set<string>>();
  for (const name of [...parts.keys()].filter((n) => /(^|\/)_rels\/[^/]*\.rels$/.test(n))) {
    const source = sourceOf(name);
    if (source !== '' && !parts.has(source)) problems.push(`${name}: описывает несуществующую часть ${source}`);
    const ids = new Set<string>();
    for (const rel of tags(text(parts, name), 'Relationship')) {
      const id = attr(rel, 'Id') ?? '';
      if (ids.has(id)) problems.push(`${name}: Id «${id}» повторяется`);
      ids.add(id);
      const target = attr(rel, 'Target') ?? '';
      if (attr(rel, 'TargetMode') === 'External') continue;
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
      if (!parts.has(resolved)) problems.push(`${name}: ${id} ведёт к несуществующей части ${resolved}`);
    }
    defined.set(source, ids);
  }
  for (const name of [...parts.keys()].filter((n) => n.endsWith('.xml'))) {
    const ids = defined.get(name) ?? new Set<string>();
    const used = new Set([...text(parts, name).matchAll(/\sr:(?:id|embed|link)="([^"]*)"/g)].map((m) => m[1]!));
    for (const id of used) if (!ids.has(id)) problems.push(`${name}: ссылка ${id} не определена в его .rels`);
  }
  return problems;
}

function idsIn(parts: Parts, name: string, tag: string, attribute: string): Set<string> {
  return new Set(parts.has(name) ? tags(text(parts, name), tag).map((t) => attr(t, attribute) ?? '') : []);
}

/** Tables: a grid in each, a cell in each row, a paragraph directly in each cell. */
function tableProblems(name: string, xml: string): string[] {
  const problems: string[] = [];
  const stack: Array<{ tag: string; count: number }> = [];
  let tables = 0;
  for (const m of xml.matchAll(/<(\/?)w:(tbl|tblGrid|tr|tc|p)(?=[\s/>])[^>]*?(\/?)>/g)) {
    const [close, tag, selfClosing] = [m[1], m[2]!, m[3]];
    const top = stack[stack.length - 1];
    if (!close) {
      if (tag === 'tbl') tables++;
      // A child counts in its parent: the grid in its table, the cell in its row, the paragraph in its cell.
      if (top && ((tag === 'tblGrid' && top.tag === 'tbl') || (tag === 'tc' && top.tag === 'tr') || (tag === 'p' && top.tag === 'tc'))) top.count++;
      if (tag !== 'p' && tag !== 'tblGrid') stack.push({ tag, count: 0 });
    }
    if ((close || selfClosing) && tag !== 'p' && tag !== 'tblGrid') {
      const done = stack.pop();
      if (done?.tag !== tag) return [...problems, `${name}: несогласованные теги таблицы около позиции ${m.index}`];
      if (done.count > 0) continue;
      if (tag === 'tbl') problems.push(`${name}: таблица ${tables} без w:tblGrid`);
      if (tag === 'tr') problems.push(`${name}: пустая строка таблицы в таблице ${tables}`);
      if (tag === 'tc') problems.push(`${name}: ячейка без абзаца в таблице ${tables}`);
    }
  }
  return problems;
}

function wordProblems(parts: Parts): string[] {
  const problems: string[] = [];
  const numbering = idsIn(parts, 'word/numbering.xml', 'w:num', 'w:numId');
  const styles = idsIn(parts, 'word/styles.xml', 'w:style', 'w:styleId');
  for (const name of [...parts.keys()].filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))) {
    const xml = text(parts, name);
    for (const id of new Set(tags(xml, 'w:numId').map((t) => attr(t, 'w:val') ?? ''))) {
      if (id !== '0' && !numbering.has(id)) problems.push(`${name}: нумерация w:numId=${id} не определена в word/numbering.xml`);
    }
    for (const tag of ['w:pStyle', 'w:rStyle', 'w:tblStyle']) {
      for (const id of new Set(tags(xml, tag).map((t) => attr(t, 'w:val') ?? ''))) {
        if (!styles.has(id)) problems.push(`${name}: стиль ${tag}=«${id}» не определён в word/styles.xml`);
      }
    }
    const bookmarks = tags(xml, 'w:bookmarkStart').map((t) => attr(t, 'w:id') ?? '');
    for (const id of new Set(bookmarks.filter((b, i) => bookmarks.indexOf(b) !== i))) problems.push(`${name}: закладка w:id=${id} повторяется`);
    problems.push(...tableProblems(name, xml));
  }
  return problems;
}

/** What in the DOCX file would make Word offer to repair it; empty when nothing. */
export async function docxProblems(file: string): Promise<string[]> {
  let parts: Parts;
  try {
    parts = await readPackage(file);
  } catch (err) {
    if (err instanceof ZipError) return [`архив не открывается: ${JSON.stringify(err.problem)}`];
    throw err;
  }
  if (!parts.has('word/document.xml')) return ['нет word/document.xml'];
  const malformed = wellFormedProblems(parts);
  if (malformed.length > 0) return malformed;
  return [...contentTypeProblems(parts), ...relationshipProblems(parts), ...wordProblems(parts)];
}
