// Long tables are written from renderTable's own template rows: the document must come out
// exactly as if renderTable had built every row itself.
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { STYLES, textWidth } from '../../../electron/core/documents/docx/layout';
import { LongTables } from '../../../electron/core/documents/docx/long-tables';
import { readZipEntry } from '../../../electron/core/documents/docx/zip-entry';
import type { TableSpec } from '../../../electron/core/documents/table-spec';

const columns: TableSpec['columns'] = [
  { header: '№', widthMm: 10, align: 'center' },
  { header: 'Организация', widthMm: 80, align: 'left' },
  { header: 'Число', widthMm: 20, align: 'right' },
];
const specs: TableSpec[] = [
  { caption: 'Таблица 1. Первая', columns, rows: [['1', 'ООО «Рога & копыта» <тест>', '5'], ['2', 'Цена $& и $1', '']], total: ['', 'Итого', '5'], emptyText: '' },
  { caption: 'Таблица 2. Пустая', columns, rows: [], total: null, emptyText: 'Нет данных.' },
  { caption: 'Таблица 3 — $&', columns, rows: Array.from({ length: 300 }, (_, i) => [String(i + 1), `Строка ${i}\u0001`, String(i * 2)]), total: null, emptyText: '' },
  { caption: 'Таблица 4', columns: columns.slice(0, 2), rows: [['1', 'другие колонки']], total: null, emptyText: '' },
];

async function documentXml(directBelow: number): Promise<string> {
  const tables = new LongTables(directBelow);
  const width = textWidth(20);
  const children = [new Paragraph('Начало'), ...specs.flatMap((s) => tables.render(s, width)), new Paragraph('Конец')];
  const doc = new Document({ styles: STYLES, sections: [{ children: [...children, ...tables.templates()] }] });
  return readZipEntry(await tables.pack(doc), 'word/document.xml').toString('utf8');
}

describe('long tables', () => {
  it('write the same document as renderTable row by row', async () => {
    const fast = await documentXml(1);
    const direct = await documentXml(Number.POSITIVE_INFINITY);
    expect(fast).toBe(direct);
    expect(fast).toContain('ООО «Рога &amp; копыта» &lt;тест&gt;');
    expect(fast).toContain('Таблица 3 — $&amp;');
    expect(fast.match(/<w:tr>/g)).toHaveLength(4 + 301 + 2); // header, rows, total; the empty table has none
    expect(fast).not.toContain('\u27e6');
  });

  it('packs a document without long tables once, as is', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('Только текст')] }] });
    const tables = new LongTables();
    const xml = readZipEntry(await tables.pack(doc), 'word/document.xml').toString('utf8');
    expect(xml).toBe(readZipEntry(await Packer.toBuffer(doc), 'word/document.xml').toString('utf8'));
  });
});
