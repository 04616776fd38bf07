import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { neutralize } from '../../../electron/core/export/neutralize';
import { templateColumns } from '../../../electron/core/import/fields';
import { writeCsv } from '../../fixtures/import/files';
import { readAll } from '../import/helpers';
import { smallRegionCore, type Harness } from '../import/core-helpers';

let h: Harness;
beforeEach(async () => (h = await smallRegionCore()));
afterEach(() => h.close());

function write(sql: string): void {
  const db = new BetterSqlite3(h.file);
  db.exec(sql);
  db.close();
}

describe('export.members', () => {
  it('XLSX: the import template\'s columns plus the organization\'s name, labels, real dates', async () => {
    const res = await h.core.invoke('export.members', { path: path.join(h.dir, 'члены'), format: 'xlsx' });
    expect(res).toMatchObject({ fileName: 'члены.xlsx', rows: 6 });
    const { rows, source } = await readAll(res.path);
    expect(source.sheets).toEqual(['Члены Профсоюза']);
    const members = templateColumns('members');
    expect(rows[0]!.cells).toEqual([...members.slice(0, 2), 'Организация', ...members.slice(2)]);
    const ivanova = rows.find((r) => r.cells[3] === 'Иванова')!.cells;
    expect(ivanova.slice(0, 8)).toEqual(['1', '111', 'ППО МБОУ «Школа № 1»', 'Иванова', 'Анна', 'Петровна', 'женский', 29342]);
    expect(ivanova[16]).toBe('выдан');
  });

  it('exports what the grid shows: filter, subtree and sort', async () => {
    const res = await h.core.invoke('export.members', {
      path: path.join(h.dir, 'сад.csv'),
      format: 'csv',
      orgId: 2,
      sort: [{ field: 'birthDate', dir: 'desc' }],
      filters: [{ field: 'cardStatus', conditions: [{ type: 'set', values: ['issued', 'delivered'] }] }],
    });
    const { rows } = await readAll(res.path);
    expect(rows.slice(1).map((r) => r.cells[3])).toEqual(['Смирнова', 'Иванова', 'Ковальчук']);
  });

  it('round trip: an exported list imports back with nothing to change', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const res = await h.core.invoke('export.members', { path: path.join(h.dir, `all.${format}`), format, includeRemoved: true });
      const preview = await h.core.invoke('import.preview', { path: res.path, kind: 'members' });
      expect(preview.counts, format).toMatchObject({ rows: 7, added: 0, updated: 0, unchanged: 7, skipped: 0, missing: 0, errors: 0 });
      expect(preview.ignoredColumns).toEqual(['Организация']);
    }
    const orgs = await h.core.invoke('export.orgs', { path: path.join(h.dir, 'orgs.xlsx') });
    const preview = await h.core.invoke('import.preview', { path: orgs.path, kind: 'orgs' });
    expect(preview.counts).toMatchObject({ rows: 6, unchanged: 6, updated: 0, added: 0, errors: 0 });
  });

  it('CSV: UTF-8 with a BOM, or Windows-1251 on request; «;» and CRLF', async () => {
    const utf = await h.core.invoke('export.members', { path: path.join(h.dir, 'u.csv'), format: 'csv' });
    const bytes = fs.readFileSync(utf.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8', 3)).toMatch(/^ID в АИС;Код организации;Организация;Фамилия;/);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const cp = await h.core.invoke('export.members', { path: path.join(h.dir, 'w.csv'), format: 'csv', encoding: 'windows-1251' });
    const raw = fs.readFileSync(cp.path);
    expect(raw[0]).not.toBe(0xef);
    expect(iconv.decode(raw, 'windows-1251')).toContain('Ёлкина;Мария;Ивановна');
    expect((await readAll(cp.path)).source.encoding).toBe('windows-1251');
  });

  it('neutralizes formula-like cells with an apostrophe in CSV and XLSX (OWASP CSV injection)', async () => {
    write(`UPDATE members SET position = '=HYPERLINK("http://evil.example","Нажми")' WHERE ais_id = '1';
           UPDATE members SET position = '+SUM(A1:A9)', email = '@cmd' WHERE ais_id = '2';
           UPDATE members SET position = '-2+3', phone = '+79123456789' WHERE ais_id = '3';
           UPDATE members SET position = char(9) || 'таб' WHERE ais_id = '4';
           UPDATE members SET position = char(13) || 'cr' WHERE ais_id = '5';
           UPDATE members SET position = char(10) || 'lf' WHERE ais_id = '7';`);
    const expected = new Map([
      ['1', `'=HYPERLINK("http://evil.example","Нажми")`],
      ['2', "'+SUM(A1:A9)"],
      ['3', "'-2+3"],
      ['4', "'\tтаб"],
      ['5', "'\rcr"],
      ['7', "'\nlf"],
    ]);
    for (const format of ['csv', 'xlsx'] as const) {
      const res = await h.core.invoke('export.members', { path: path.join(h.dir, `inj.${format}`), format, includeRemoved: true });
      const { rows } = await readAll(res.path);
      const byAis = new Map(rows.slice(1).map((r) => [String(r.cells[0]), r.cells]));
      // XML keeps a line break but turns CR into LF: the apostrophe is what matters.
      for (const [ais, cell] of expected) expect(byAis.get(ais)![9], `${format} ${ais}`).toBe(format === 'xlsx' ? cell.replace('\r', '\n') : cell);
      expect(byAis.get('2')![11]).toBe("'@cmd");
      // A phone number is a signed plain number: no formula, left as it is.
      expect(byAis.get('3')![10]).toBe('+79123456789');
    }
  });

  it('neutralize: the rule itself', () => {
    expect(['=1+2', '+A1', '-A1', '@SUM(1)', '\t1', '\r1', '\n1'].map(neutralize)).toEqual(["'=1+2", "'+A1", "'-A1", "'@SUM(1)", "'\t1", "'\r1", "'\n1"]);
    expect(['Иванова', '+79123456789', '-5', '12,5', ''].map(neutralize)).toEqual(['Иванова', '+79123456789', '-5', '12,5', '']);
  });

  it('a cancelled export writes nothing and keeps an existing file', async () => {
    const target = path.join(h.dir, 'keep.xlsx');
    fs.writeFileSync(target, 'старый файл');
    const jobId = 'export-cancel';
    const running = h.core.call('export.members', { path: target, format: 'xlsx' }, jobId);
    await h.core.invoke('jobs.cancel', { jobId });
    expect(await running).toEqual({ ok: false, error: { code: 'cancelled', message: 'Выгрузка отменена: файл не записан.' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('старый файл');
    expect(fs.readdirSync(h.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names a missing folder', async () => {
    const res = await h.core.call('export.members', { path: path.join(h.dir, 'нет', 'x.xlsx') });
    expect(res).toMatchObject({ ok: false, error: { code: 'file_not_found', message: expect.stringContaining('не существует') } });
  });
});

describe('export.orgs', () => {
  it('the tree as a list, parents first; one subtree on request', async () => {
    const all = await h.core.invoke('export.orgs', { path: path.join(h.dir, 'o.csv'), format: 'csv' });
    const { rows } = await readAll(all.path);
    expect(rows[0]!.cells).toEqual(templateColumns('orgs'));
    // Siblings by name: «ППО МБДОУ…» (112) before «ППО МБОУ…» (111).
    expect(rows.slice(1).map((r) => r.cells[0])).toEqual(['100', '110', '112', '111', '120', '121']);
    expect(rows[2]!.cells.slice(0, 7)).toEqual(['110', '100', 'Берёзовская районная организация Профсоюза', '', 'местная', 'районная организация', 'действующая']);
    const sub = await h.core.invoke('export.orgs', { path: path.join(h.dir, 's.csv'), format: 'csv', orgId: 3 });
    expect((await readAll(sub.path)).rows.slice(1).map((r) => r.cells[0])).toEqual(['120', '121']);
  });
});

describe('export.changes', () => {
  it('lists the fields edited since the snapshot, not what imports wrote', async () => {
    await h.core.invoke('edit.apply', {
      source: 'edit',
      label: 'Правка телефона',
      changes: [
        { entity: 'member', id: 1, field: 'phone', value: '8 912 000-11-22' },
        { entity: 'member', id: 1, field: 'cardStatus', value: 'выдан' },
        { entity: 'organization', id: 4, field: 'chairSurname', value: 'Орлова' },
      ],
    });
    const file = writeCsv(path.join(h.dir, 'imp.csv'), [['ID в АИС', 'Код организации', 'Фамилия', 'Имя', 'E-mail'], ['2', '111', 'Петров', 'Семён', 'petrov@mail.ru']]);
    await h.core.invoke('import.commit', { path: file, kind: 'members' });
    // Edits since the first snapshot; the import's own change is not among them.
    const first = h.peek<{ id: number }>('SELECT id FROM snapshots ORDER BY id LIMIT 1')[0]!.id;
    const res = await h.core.invoke('export.changes', { path: path.join(h.dir, 'изменения.xlsx'), snapshotId: first });
    const { rows } = await readAll(res.path);
    expect(rows[0]!.cells).toEqual(['Когда', 'Что', 'Код (ID в АИС)', 'Наименование или ФИО', 'Поле', 'Было', 'Стало', 'Как изменено']);
    expect(rows.slice(1).map((r) => r.cells.slice(1))).toEqual([
      ['член Профсоюза', '1', 'Иванова Анна Петровна', 'Телефон', '', '+79120001122', 'правка'],
      ['организация', '111', 'ППО МБОУ «Школа № 1»', 'Фамилия председателя', '', 'Орлова', 'правка'],
    ]);
    expect(String(rows[1]!.cells[0])).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    // Since the import's snapshot (the latest): nothing edited yet.
    const latest = await h.core.invoke('export.changes', { path: path.join(h.dir, 'после.csv'), format: 'csv' });
    expect(latest.rows).toBe(0);
  });

  it('a file without snapshots says so', async () => {
    await h.core.invoke('registry.create', { path: path.join(h.dir, 'пустой.profreestr') });
    const res = await h.core.call('export.changes', { path: path.join(h.dir, 'x.xlsx') });
    expect(res).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('ни одного среза') } });
  });
});
