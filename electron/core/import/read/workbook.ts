// The workbook's table of contents: its sheets in tab order (xl/workbook.xml), the part each is
// stored in (xl/_rels/workbook.xml.rels) and the shared strings part.
import path from 'node:path';
import { TagReader } from './xml-tags';
import { readEntry, ZipError, type ZipEntry } from './zip';

export const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';

export interface BookSheet {
  name: string;
  /** The worksheet part; null when the package does not hold it. */
  entry: ZipEntry | null;
  /** Its name, for messages. */
  part: string;
}

export interface Book {
  /** Visible worksheets in tab order (hidden ones and chart sheets left out). */
  sheets: BookSheet[];
  sharedStrings: ZipEntry | null;
}

interface Relationship {
  type: string;
  part: string;
}

/** A relationship's target as a part name: relative to xl/, or absolute from the package root. */
function partName(target: string): string {
  return path.posix.normalize(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
}

export function readBook(file: string, entries: ZipEntry[]): Book {
  // Part names are case-insensitive in a package.
  const parts = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const tags = new TagReader();
  const walk = (name: string): TagReader => {
    const entry = parts.get(name.toLowerCase());
    if (!entry) throw new ZipError({ kind: 'corrupt', part: name });
    tags.reset(readEntry(file, entry));
    return tags;
  };

  const relationships = new Map<string, Relationship>();
  for (const rel = walk(RELS); rel.next(); ) {
    if (rel.closing || !rel.is('Relationship') || rel.attrIs('TargetMode', 'External')) continue;
    const id = rel.attrText('Id');
    const target = rel.attrText('Target');
    if (id !== null && target !== null) relationships.set(id, { type: rel.attrText('Type') ?? '', part: partName(target) });
  }

  const sheets: BookSheet[] = [];
  for (const sheet = walk(WORKBOOK); sheet.next(); ) {
    if (sheet.closing || !sheet.is('sheet') || sheet.attrIs('state', 'hidden') || sheet.attrIs('state', 'veryHidden')) continue;
    const id = sheet.attrText(':id');
    const rel = id !== null ? relationships.get(id) : undefined;
    if (rel && !rel.type.endsWith('/worksheet')) continue;
    const part = rel?.part ?? RELS;
    sheets.push({ name: sheet.attrText('name') ?? '', entry: rel ? (parts.get(part.toLowerCase()) ?? null) : null, part });
  }

  const shared = [...relationships.values()].find((r) => r.type.endsWith('/sharedStrings'))?.part ?? 'xl/sharedStrings.xml';
  return { sheets, sharedStrings: parts.get(shared.toLowerCase()) ?? null };
}
