import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_KINDS } from '../../../shared/api/methods/import';
import { templateColumns } from '../../../electron/core/import/fields';
import { TEMPLATE_FILES, templateWorkbook } from '../../../electron/core/import/templates';
import { smallRegionCore, type Harness } from './core-helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Every sheet's cell values, row by row: what a person sees in the workbook. */
async function contents(source: string | Buffer): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    out[sheet.name] = rows;
  });
  return out;
}

describe('import templates', () => {
  it.each(IMPORT_KINDS)('%s: the committed file is what the generator writes, with exactly the canonical columns', async (kind) => {
    const committed = await contents(path.join(ROOT, 'resources', 'templates', TEMPLATE_FILES[kind]));
    expect(committed).toEqual(await contents(await templateWorkbook(kind)));
    const [first, help] = Object.keys(committed);
    expect(committed[first!]![0]).toEqual(templateColumns(kind));
    expect(help).toBe('Справка');
  });

  it('lists the allowed values of closed vocabularies on «Справка»', async () => {
    // Columns A and B are for people; the hidden columns to the right hold the drop-down lists.
    const help = (await contents(await templateWorkbook('members'))).Справка!.map((r) => r.slice(0, 2));
    expect(help).toEqual(expect.arrayContaining([['Статус ЭПБ', 'нет заявки; заявка оформлена; изготовлен; доставлен в регион; выдан; отказ']]));
    expect(help).toEqual(expect.arrayContaining([['Дата рождения', 'дата в виде ДД.ММ.ГГГГ, например 05.03.1980']]));
  });
});

describe('import.saveTemplate', () => {
  let h: Harness;
  beforeEach(async () => (h = await smallRegionCore()));
  afterEach(() => h.close());

  it('saves a template that, filled in, imports', async () => {
    const { path: file } = await h.core.invoke('import.saveTemplate', { kind: 'members', path: path.join(h.dir, 'Шаблон') });
    expect(file).toBe(path.join(h.dir, 'Шаблон.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.worksheets[0]!.addRow(['77', '111', 'Новикова', 'Вера', 'Павловна', 'ж', '03.04.1988', 'работающий', 'учитель', '', '', '', '', 'нет', '', 'выдан']);
    await wb.xlsx.writeFile(file);
    const preview = await h.core.invoke('import.preview', { path: file, kind: 'members' });
    expect(preview.counts).toMatchObject({ rows: 1, added: 1, errors: 0, warnings: 0 });
    expect((await h.core.invoke('import.inspect', { path: file })).detectedKind).toBe('members');
  });
});
