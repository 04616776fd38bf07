// Tables of thousands of rows (member lists, hand-out sheets, letters in bulk) in the look of
// renderTable (tables.ts), fast: a docx object per cell costs seconds for 5,000 rows. Each table
// becomes a placeholder paragraph; renderTable itself renders ONE template per distinct set of
// columns (a caption and rows of markers) at the end of the document; after packing, every
// placeholder in word/document.xml is replaced by the template's XML with the caption and the
// cells' text put in, the templates are removed, and that XML goes back into the archive.
// The look stays renderTable's whatever it becomes; only text is written here.
import { Packer, Paragraph, type Document, type Table } from 'docx';
import type { TableSpec } from '../table-spec';
import { renderTable } from './tables';
import { readZipEntry, replaceZipEntry } from './zip-entry';

const DOCUMENT_XML = 'word/document.xml';
const OPEN = '\u27e6';
const CLOSE = '\u27e7';
const mark = (...parts: Array<string | number>) => `${OPEN}${parts.join(':')}${CLOSE}`;
const ANY_CELL = new RegExp(`${OPEN}[rt]:\\d+:(\\d+)${CLOSE}`, 'g');

const escapeText = (text: string): string =>
  text.replace(/[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ''));

/** The element around `at` (a paragraph or a table row), as [start, end) in the XML. */
function around(xml: string, at: number, tag: 'w:p' | 'w:tr' | 'w:tbl', from = 0): [number, number] {
  const start = Math.max(xml.lastIndexOf(`<${tag}>`, at), xml.lastIndexOf(`<${tag} `, at));
  if (start < from) throw new Error(`No <${tag}> around the marker`);
  return [start, xml.indexOf(`</${tag}>`, at) + tag.length + 3];
}

/** A row template split at its cells: text pieces between the cells and the column of each cell. */
class RowTemplate {
  private readonly pieces: string[];
  private readonly columns: number[];
  constructor(xml: string) {
    this.pieces = xml.split(ANY_CELL).filter((_, i) => i % 2 === 0);
    this.columns = [...xml.matchAll(ANY_CELL)].map((m) => Number(m[1]));
  }
  fill(cells: readonly string[]): string {
    let out = this.pieces[0]!;
    this.columns.forEach((c, i) => {
      out += escapeText(cells[c] ?? '') + this.pieces[i + 1]!;
    });
    return out;
  }
}

interface Template {
  caption: string;
  head: string;
  row: RowTemplate;
  total: RowTemplate | null;
}

/** Collects the long tables of one document; `render` takes the place of renderTable. */
export class LongTables {
  private readonly tables: Array<{ spec: TableSpec; shape: number }> = [];
  private readonly shapes = new Map<string, { spec: TableSpec; width: number }>();

  /**
   * @param directBelow tables with fewer rows are rendered by renderTable directly: a small
   *   document (one letter) is then packed once instead of twice.
   */
  constructor(private readonly directBelow = 1) {}

  render(spec: TableSpec, width: number): Array<Paragraph | Table> {
    if (spec.rows.length < this.directBelow) return renderTable(spec, width);
    const key = JSON.stringify([spec.columns, width, spec.total !== null]);
    if (!this.shapes.has(key)) this.shapes.set(key, { spec, width });
    const shape = [...this.shapes.keys()].indexOf(key);
    const index = this.tables.push({ spec, shape }) - 1;
    return [new Paragraph(mark('p', index))];
  }

  /** The templates, to end the document's last section with (call after every render). */
  templates(): Array<Paragraph | Table> {
    return [...this.shapes.values()].flatMap(({ spec, width }, s) =>
      renderTable(
        {
          ...spec,
          caption: mark('c', s),
          rows: [spec.columns.map((_, c) => mark('r', s, c))],
          total: spec.total === null ? null : spec.columns.map((_, c) => mark('t', s, c)),
        },
        width,
      ),
    );
  }

  /** Packs the document with every placeholder replaced by its table. */
  async pack(doc: Document): Promise<Buffer> {
    const first = await Packer.toBuffer(doc);
    if (this.tables.length === 0) return first;
    let xml = readZipEntry(first, DOCUMENT_XML).toString('utf8');
    // Cut the templates out (from the end, so earlier positions hold).
    const templates: Template[] = [];
    for (let s = this.shapes.size - 1; s >= 0; s--) {
      const [captionStart, captionEnd] = around(xml, xml.indexOf(mark('c', s)), 'w:p');
      const rowAt = xml.indexOf(mark('r', s, 0));
      const [tableStart, tableEnd] = around(xml, rowAt, 'w:tbl', captionEnd);
      const [rowStart, rowEnd] = around(xml, rowAt, 'w:tr', tableStart);
      const totalAt = xml.indexOf(mark('t', s, 0));
      const [, totalEnd] = totalAt < 0 ? [rowEnd, rowEnd] : around(xml, totalAt, 'w:tr', rowEnd);
      templates[s] = {
        caption: xml.slice(captionStart, captionEnd),
        head: xml.slice(tableStart, rowStart),
        row: new RowTemplate(xml.slice(rowStart, rowEnd)),
        total: totalAt < 0 ? null : new RowTemplate(xml.slice(rowEnd, totalEnd)),
      };
      xml = xml.slice(0, captionStart) + xml.slice(tableEnd);
    }
    const parts: string[] = [];
    let from = 0;
    this.tables.forEach(({ spec, shape }, i) => {
      const t = templates[shape]!;
      const [start, end] = around(xml, xml.indexOf(mark('p', i), from), 'w:p', from);
      parts.push(xml.slice(from, start), t.caption.replace(mark('c', shape), () => escapeText(spec.caption)), t.head);
      for (const row of spec.rows) parts.push(t.row.fill(row));
      if (t.total && spec.total) parts.push(t.total.fill(spec.total));
      parts.push('</w:tbl>');
      from = end;
    });
    parts.push(xml.slice(from));
    return replaceZipEntry(first, DOCUMENT_XML, Buffer.from(parts.join(''), 'utf8'));
  }
}
