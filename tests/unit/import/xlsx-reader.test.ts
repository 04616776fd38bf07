// The streaming XLSX reader, cell by cell: workbooks written by exceljs, and hand-made XML for
// what exceljs does not write (inline and rich strings, missing references, prefixed elements,
// absolute part names, Office escapes, hidden and chart sheets, values cut between read chunks).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTable } from '../../../electron/core/import/read/open';
import type { Cell, SourceRow } from '../../../electron/core/import/read/types';
import { writeXlsx } from '../../fixtures/import/files';
import { tempDir } from '../../fixtures/temp';
import { readAll, rejection } from './helpers';
import { writeZip } from './zip-helper';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface HandSheet {
  name: string;
  /** The content of <sheetData>. */
  data?: string;
  /** The whole part, instead of one built around `data`. */
  xml?: string;
  state?: 'hidden' | 'veryHidden';
  /** The relationship's Target; `worksheets/sheetN.xml` by default. */
  target?: string;
  /** The part's name in the archive; xl/worksheets/sheetN.xml by default, none for null. */
  part?: string | null;
  type?: 'worksheet' | 'chartsheet';
}

interface HandOptions {
  /** The content of <sst>; no shared strings part when absent. */
  shared?: string;
  /** Parts kept uncompressed in the archive. */
  stored?: string[];
}

const sheetXml = (data: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/>` +
  `<sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="3" width="12"/></cols>` +
  `<sheetData>${data}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

/** A workbook package written by hand, part by part, as Excel lays it out. */
function handBook(name: string, sheets: HandSheet[], options: HandOptions = {}): string {
  const entries: Record<string, string> = {};
  const rels: string[] = [];
  const list: string[] = [];
  sheets.forEach((s, i) => {
    const n = i + 1;
    const type = s.type ?? 'worksheet';
    rels.push(`<Relationship Id="rId${n}" Type="${REL}/${type}" Target="${s.target ?? `worksheets/sheet${n}.xml`}"/>`);
    list.push(`<sheet name="${s.name}" sheetId="${n}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${n}"/>`);
    const part = s.part === undefined ? `xl/worksheets/sheet${n}.xml` : s.part;
    if (part !== null) entries[part] = s.xml ?? sheetXml(s.data ?? '');
  });
  if (options.shared !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    entries['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${options.shared}</sst>`;
  }
  entries['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<workbookPr/><bookViews><workbookView/></bookViews><sheets>${list.join('')}</sheets><calcPr calcId="191029"/></workbook>`;
  entries['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  return writeZip(path.join(dir, name), entries, options.stored);
}

const cellsOf = (rows: SourceRow[]): Cell[][] => rows.map((r) => r.cells);

describe('values written by exceljs', () => {
  it('text, numbers, booleans, dates as serials, formula results, errors, rich text, hyperlinks, gaps', async () => {
    const file = await writeXlsx(path.join(dir, 'exceljs.xlsx'), [
      {
        name: 'Члены',
        rows: [
          ['Фамилия', ' с пробелами ', 'A & <b> "кавычки"', 'две\nстроки', 'Ёжикова_Ё'],
          [123456789012, -1.25, 0.1, 1e-7, 29285],
          [true, false, new Date(Date.UTC(2024, 0, 31)), { formula: 'A1&"!"', result: 'Фамилия!' }, { formula: '2*3', result: 6 }],
          [{ error: '#N/A' }, { formula: '1/0', result: { error: '#DIV/0!' } }, { formula: 'A1', result: undefined }],
          [],
          [{ richText: [{ text: 'Ива' }, { font: { bold: true }, text: 'нова' }] }, { text: 'ivanova@mail.ru', hyperlink: 'mailto:ivanova@mail.ru' }],
          ['a', null, null, 'd'],
        ],
      },
    ]);
    const { rows, source } = await readAll(file);
    expect(source).toMatchObject({ format: 'xlsx', sheets: ['Члены'], sheet: 'Члены' });
    expect(rows).toEqual([
      { row: 1, cells: ['Фамилия', ' с пробелами ', 'A & <b> "кавычки"', 'две\nстроки', 'Ёжикова_Ё'] },
      { row: 2, cells: [123456789012, -1.25, 0.1, 1e-7, 29285] },
      { row: 3, cells: [true, false, 45322, 'Фамилия!', 6] },
      { row: 4, cells: ['#N/A', '#DIV/0!'] },
      { row: 6, cells: ['Иванова', 'ivanova@mail.ru'] },
      { row: 7, cells: ['a', null, null, 'd'] },
    ]);
  });
});

describe('hand-made workbooks', () => {
  it('every cell type, with entities, Office escapes, preserved spaces, line ends', async () => {
    const file = handBook(
      'types.xlsx',
      [
        {
          name: 'Лист1',
          data:
            '<row r="1" spans="1:9">' +
            '<c r="A1" t="s"><v>0</v></c>' +
            '<c r="B1" t="s"><v>1</v></c>' +
            '<c r="C1" t="s"><v>2</v></c>' +
            '<c r="D1" t="s"><v>3</v></c>' +
            '<c r="E1" t="s"><v>4</v></c>' +
            '<c r="F1" t="s"><v>5</v></c>' +
            '<c r="G1" t="s"><v>99</v></c>' +
            '</row>' +
            '<row r="2">' +
            '<c r="A2" t="inlineStr"><is><t>Простая</t></is></c>' +
            '<c r="B2" t="inlineStr"><is><r><t>Бог</t></r><r><rPr><b/></rPr><t xml:space="preserve">данова </t></r></is></c>' +
            '<c r="C2" t="str"><f>B2&amp;"!"</f><v>Богданова !</v></c>' +
            '<c r="D2" t="e"><f>NA()</f><v>#N/A</v></c>' +
            '<c r="E2" t="b"><v>1</v></c>' +
            '<c r="F2" t="b"><v>0</v></c>' +
            '<c r="G2" t="d"><v>2024-03-05T00:00:00</v></c>' +
            '</row>' +
            '<row r="3">' +
            '<c r="A3"><v>1.5E3</v></c>' +
            '<c r="B3" t="n"><v>-2.5</v></c>' +
            '<c r="C3" s="2"><v>29285</v></c>' +
            '<c r="D3"><f>SUM(A1:A2)</f></c>' +
            '<c r="E3"><v></v></c>' +
            '<c r="F3" s="1"/>' +
            '<c r="G3"><f>1+1</f><v>2</v></c>' +
            '</row>' +
            '<row r="4">' +
            '<c r="A4" t="str"><v>&#1046;&#x416; &lt;&gt;&amp;&quot;&apos; _x000D_ _x005F_x000D_ &#13;</v></c>' +
            '<c r="B4" t="inlineStr"><is><t>строка1\r\nстрока2</t></is></c>' +
            '</row>',
        },
      ],
      {
        shared:
          '<si><t>Фамилия</t></si>' +
          '<si><t xml:space="preserve">  два пробела  </t></si>' +
          '<si><r><t>Ива</t></r><r><rPr><b/><sz val="11"/></rPr><t>нова</t></r><rPh sb="0" eb="1"><t>イ</t></rPh></si>' +
          '<si><t>перевод_x000D_\nстроки</t><rPh><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>' +
          '<si/>' +
          '<si><t>Рога &amp; копыта &lt;ООО&gt;</t></si>',
      },
    );
    const { rows } = await readAll(file);
    expect(rows).toEqual([
      { row: 1, cells: ['Фамилия', '  два пробела  ', 'Иванова', 'перевод\r\nстроки', '', 'Рога & копыта <ООО>'] },
      { row: 2, cells: ['Простая', 'Богданова ', 'Богданова !', '#N/A', true, false, '2024-03-05T00:00:00'] },
      { row: 3, cells: [1500, -2.5, 29285, null, null, null, 2] },
      { row: 4, cells: ['ЖЖ <>&"\' \r _x000D_ \r', 'строка1\nстрока2'] },
    ]);
  });

  it('cells and rows without references follow the previous ones; gaps are null; empty rows give no cells; no column past XFD', async () => {
    const file = handBook('refs.xlsx', [
      {
        name: 'Л',
        data:
          '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
          '<row><c r="C2"><v>3</v></c></row>' +
          '<row r="5"/>' +
          '<row r="7" spans="1:3"><c r="A7" s="3"/><c r="B7" s="3"/></row>' +
          '<row><c r="AA8"><v>27</v></c></row>' +
          '<row r="9"><c r="A9"><v>1</v></c><c r="ZZZZZZZZ9"><v>2</v></c></row>',
      },
    ]);
    const { rows } = await readAll(file);
    expect(rows).toEqual([
      { row: 1, cells: ['a', 2, null, null, 5, 6] },
      { row: 2, cells: [null, null, 3] },
      { row: 5, cells: [] },
      { row: 7, cells: [] },
      { row: 8, cells: [...Array<null>(26).fill(null), 27] },
      // Beyond Excel's last column (XFD): not a cell, and no row of billions of blanks.
      { row: 9, cells: [1] },
    ]);
  });

  it('visible sheets in tab order; hidden, very hidden and chart sheets left out; a sheet chosen by name', async () => {
    const file = handBook('sheets.xlsx', [
      { name: 'Скрытый', state: 'hidden', data: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: 'Диаграмма', type: 'chartsheet', part: 'xl/chartsheets/sheet1.xml', target: 'chartsheets/sheet1.xml', xml: '<chartsheet/>' },
      { name: 'Организации &amp; члены', data: '<row r="1"><c r="A1"><v>2</v></c></row>' },
      { name: 'Совсем скрытый', state: 'veryHidden', data: '<row r="1"><c r="A1"><v>3</v></c></row>' },
      { name: 'Третий', data: '<row r="1"><c r="A1"><v>4</v></c></row>' },
    ]);
    const first = await readAll(file);
    expect(first.source).toMatchObject({ sheets: ['Организации & члены', 'Третий'], sheet: 'Организации & члены' });
    expect(cellsOf(first.rows)).toEqual([[2]]);
    expect(cellsOf((await readAll(file, { sheet: 'Третий' })).rows)).toEqual([[4]]);
    expect((await rejection(readAll(file, { sheet: 'Скрытый' }))).message).toBe(
      'В книге «sheets.xlsx» нет листа «Скрытый». Листы книги: «Организации & члены», «Третий».',
    );
  });

  it('absolute and differently cased part names; no shared strings part; prefixed elements; stored parts', async () => {
    const prefixed =
      `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Код</x:t></x:is></x:c><x:c r="B1"><x:v>111</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const file = handBook(
      'parts.xlsx',
      [
        { name: 'Абсолютный', target: '/xl/worksheets/sheet1.xml', data: '<row r="1"><c r="A1" t="str"><v>абс</v></c></row>' },
        { name: 'Регистр', target: 'Worksheets/Sheet2.XML', data: '<row r="1"><c r="A1" t="str"><v>рег</v></c></row>' },
        { name: 'Префиксы', xml: prefixed },
      ],
      { stored: ['xl/worksheets/sheet3.xml'] },
    );
    expect(cellsOf((await readAll(file)).rows)).toEqual([['абс']]);
    expect(cellsOf((await readAll(file, { sheet: 'Регистр' })).rows)).toEqual([['рег']]);
    expect(cellsOf((await readAll(file, { sheet: 'Префиксы' })).rows)).toEqual([['Код', 111]]);
  });
});

describe('long sheets: values cut between read chunks', () => {
  // Each row mixes shared, inline and formula strings with entities, escapes and two-byte
  // letters, so that chunk ends fall inside tags, attribute values, references and letters.
  const ROWS = 30_000;
  const rowText = (i: number): string => `Щукина «${i}» & Ёлкина_x000D_${'ж'.repeat(i % 37)}`;
  const expected = (i: number): Cell[] => [i, `Общий ${i % 500} <да>`, rowText(i).replace('_x000D_', '\r'), `Итог ${i}`, i % 2 === 0, i / 4];
  const rowXml = (i: number): string =>
    `<row r="${i + 1}" spans="1:6">` +
    `<c r="A${i + 1}" s="1"><v>${i}</v></c>` +
    `<c r="B${i + 1}" t="s"><v>${i % 500}</v></c>` +
    `<c r="C${i + 1}" t="inlineStr"><is><t xml:space="preserve">${rowText(i).replace('&', '&amp;')}</t></is></c>` +
    `<c r="D${i + 1}" t="str"><f>"Итог "&amp;A${i + 1}</f><v>Итог ${i}</v></c>` +
    `<c r="E${i + 1}" t="b"><v>${i % 2 === 0 ? 1 : 0}</v></c>` +
    `<c r="F${i + 1}"><v>${i / 4}</v></c>` +
    '</row>';
  const shared = Array.from({ length: 500 }, (_, k) => `<si><r><t>Общий ${k} </t></r><r><t>&lt;да&gt;</t></r></si>`).join('');
  const huge = 'Ю'.repeat(300_000);

  function longBook(name: string, stored: boolean): string {
    const data = Array.from({ length: ROWS }, (_, i) => rowXml(i)).join('') + `<row r="${ROWS + 1}"><c r="A${ROWS + 1}" t="inlineStr"><is><t>${huge}</t></is></c><c r="B${ROWS + 1}" t="s"><v>500</v></c></row>`;
    return handBook(name, [{ name: 'Члены', data }], {
      shared: `${shared}<si><t>${huge}</t></si>`,
      stored: stored ? ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'] : [],
    });
  }

  it.each([
    ['deflated', false],
    ['stored', true],
  ])('%s: every value read exactly, in batches, with progress to the end', async (_, stored) => {
    const file = longBook(`long-${String(stored)}.xlsx`, stored);
    const source = await openTable(file);
    const batches: number[] = [];
    const rows: SourceRow[] = [];
    for await (const batch of source.rows()) {
      batches.push(batch.length);
      rows.push(...batch);
    }
    expect(rows).toHaveLength(ROWS + 1);
    for (let i = 0; i < ROWS; i++) {
      if (rows[i]!.row !== i + 1) expect(rows[i]!.row).toBe(i + 1);
      // One toEqual per mismatch only: 30,000 equal rows are checked quickly.
      if (JSON.stringify(rows[i]!.cells) !== JSON.stringify(expected(i))) expect({ i, cells: rows[i]!.cells }).toEqual({ i, cells: expected(i) });
    }
    expect(rows[ROWS]).toEqual({ row: ROWS + 1, cells: [huge, huge] });
    expect(batches.length).toBeGreaterThan(5);
    expect(Math.max(...batches)).toBeLessThan(4000);
    expect(source.progress()).toEqual({ done: fs.statSync(file).size, total: fs.statSync(file).size });
  });

  it('close() after the first batch stops the reading', async () => {
    const source = await openTable(longBook('close.xlsx', false));
    let seen = 0;
    for await (const batch of source.rows()) {
      seen += batch.length;
      break;
    }
    source.close();
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(ROWS);
    expect(source.progress().done).toBeLessThan(source.progress().total);
  });
});

describe('broken workbooks', () => {
  it('a sheet part missing from the package is named', async () => {
    const file = handBook('нет-листа.xlsx', [
      { name: 'Первый', data: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: 'Второй', part: null },
    ]);
    expect(cellsOf((await readAll(file)).rows)).toEqual([[1]]);
    expect(await rejection(readAll(file, { sheet: 'Второй' }))).toEqual({
      code: 'corrupt',
      message: 'Файл «нет-листа.xlsx» повреждён: часть «xl/worksheets/sheet2.xml» не читается. Откройте его в Excel, сохраните заново и повторите загрузку.',
    });
  });

  it('sheet XML that stops inside the data is refused, naming the part', async () => {
    const cut = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>обры').split('</sheetData>')[0]!;
    const file = handBook('обрыв.xlsx', [{ name: 'Л', xml: cut }]);
    expect(await rejection(readAll(file))).toEqual({
      code: 'corrupt',
      message: 'Файл «обрыв.xlsx» повреждён: часть «xl/worksheets/sheet1.xml» не читается. Откройте его в Excel, сохраните заново и повторите загрузку.',
    });
  });

  it('a cell far longer than Excel allows (18 MB) is refused rather than carried on', async () => {
    const file = handBook('огромная.xlsx', [{ name: 'Л', data: `<row r="1"><c r="A1" t="inlineStr"><is><t>${'Ж'.repeat(9_000_000)}</t></is></c></row>` }]);
    expect(await rejection(readAll(file))).toEqual({
      code: 'corrupt',
      message: 'Файл «огромная.xlsx» повреждён: часть «xl/worksheets/sheet1.xml» не читается. Откройте его в Excel, сохраните заново и повторите загрузку.',
    });
  });

  it('a workbook with no visible worksheet', async () => {
    const file = handBook('пусто.xlsx', [{ name: 'Скрыт', state: 'hidden', data: '' }]);
    expect(await rejection(readAll(file))).toEqual({ code: 'bad_args', message: 'В книге «пусто.xlsx» нет ни одного листа.' });
  });
});
