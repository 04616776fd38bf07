import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCsv } from '../../fixtures/import/files';
import { dataOf, smallRegionCore, type Harness } from './core-helpers';

let h: Harness;
beforeEach(async () => (h = await smallRegionCore()));
afterEach(() => h.close());

const HEADER = ['Код организации', 'Код вышестоящей организации', 'Наименование', 'Уровень', 'Тип'];

describe('import — organizations', () => {
  it('builds a tree in an empty registry from parent codes, children listed before parents', async () => {
    const empty = path.join(h.dir, 'Новый.profreestr');
    await h.core.invoke('registry.create', { path: empty });
    const file = writeCsv(path.join(h.dir, 'orgs.csv'), [
      HEADER,
      ['300', '200', 'ППО школы № 3', 'первичная', 'школа'],
      ['200', '100', 'Районная организация', 'местная', 'районная'],
      ['100', '', 'Областная организация Профсоюза', 'региональная', 'региональная организация'],
    ]);
    const summary = await h.core.invoke('import.commit', { path: file, kind: 'orgs', asOf: '2026-10-01' });
    expect(summary.counts).toMatchObject({ rows: 3, added: 3, skipped: 0 });
    const tree = await h.core.invoke('orgs.tree', {});
    const byCode = new Map(tree.map((n) => [n.code, n]));
    expect(byCode.get('100')?.parentId).toBeNull();
    expect(byCode.get('200')?.parentId).toBe(byCode.get('100')?.id);
    expect(byCode.get('300')).toMatchObject({ parentId: byCode.get('200')?.id, level: 'primary', kind: 'school', status: 'active' });
    const info = await h.core.invoke('registry.info', {});
    expect(info).toMatchObject({ orgCount: 3, lastSnapshot: { asOf: '2026-10-01', orgCount: 3 } });
  });

  it('a cycle in parent codes, an unknown parent, a skipped parent and a new organization without a level are row errors', async () => {
    const file = writeCsv(path.join(h.dir, 'orgs.csv'), [
      HEADER,
      ['501', '502', 'Первая', 'местная', ''],
      ['502', '501', 'Вторая', 'местная', ''],
      ['503', '501', 'Дочерняя первой', 'первичная', ''],
      ['504', '777', 'Без родителя', 'первичная', ''],
      ['505', '100', 'Без уровня', '', ''],
      ['506', '506', 'Сама себе родитель', 'первичная', ''],
      ['507', '100', 'Хорошая', 'местная', ''],
    ]);
    const before = dataOf(h);
    const preview = await h.core.invoke('import.preview', { path: file, kind: 'orgs' });
    expect(preview.counts).toMatchObject({ rows: 7, added: 1, skipped: 6 });
    const byRow = new Map(preview.problems.map((p) => [p.row, p]));
    expect(byRow.get(2)).toMatchObject({ column: 'Код вышестоящей организации', message: 'коды вышестоящих организаций образуют цикл: 501 → 502 → 501' });
    expect(byRow.get(3)?.message).toBe('коды вышестоящих организаций образуют цикл: 502 → 501 → 502');
    expect(byRow.get(4)?.message).toBe('вышестоящая организация «501» не загружается из-за ошибок в её строке');
    expect(byRow.get(5)?.message).toBe('нет организации с кодом «777» ни в файле, ни в реестре');
    expect(byRow.get(6)?.message).toBe('не указан уровень новой организации');
    expect(byRow.get(7)?.message).toBe('коды вышестоящих организаций образуют цикл: 506 → 506');
    expect(dataOf(h)).toEqual(before);
    await h.core.invoke('import.commit', { path: file, kind: 'orgs' });
    expect(h.peek("SELECT code FROM organizations WHERE code LIKE '50_'")).toEqual([{ code: '507' }]);
  });

  it('a cycle through the registry: the file moves a parent under its own child', async () => {
    const file = writeCsv(path.join(h.dir, 'orgs.csv'), [HEADER, ['110', '111', 'Берёзовская районная организация Профсоюза', 'местная', '']]);
    const preview = await h.core.invoke('import.preview', { path: file, kind: 'orgs' });
    expect(preview.problems[0]?.message).toBe('коды вышестоящих организаций образуют цикл: 110 → 111 → 110');
  });

  it('updates fields and the parent, logs each change, lists organizations missing from the file', async () => {
    const file = writeCsv(path.join(h.dir, 'orgs.csv'), [
      ['Код', 'Код вышестоящей', 'Наименование', 'Председатель', 'E-mail председателя', 'Численность по статотчету'],
      ['100', '', 'Тестовая областная организация Профсоюза', 'Орлова Нина Павловна', 'Orlova@Mail.ru', '12'],
      ['110', '100', 'Берёзовская районная организация Профсоюза', '', '', ''],
      ['111', '110', 'ППО МБОУ «Школа № 1»', '', '', ''],
      ['112', '120', 'ППО МБДОУ «Детский сад № 5»', '', '', ''],
      ['120', '100', 'Озёрская городская организация Профсоюза', '', '', ''],
    ]);
    const summary = await h.core.invoke('import.commit', { path: file, kind: 'orgs' });
    expect(summary.counts).toMatchObject({ rows: 5, updated: 2, unchanged: 3, missing: 1 });
    expect(summary.missing).toEqual([{ row: null, key: '121', name: 'ППО Озёрского колледжа', org: null }]);
    expect(summary.updates).toEqual(
      expect.arrayContaining([
        { row: 2, key: '100', name: 'Тестовая областная организация Профсоюза', field: 'Председатель: фамилия', old: '', new: 'Орлова' },
        { row: 2, key: '100', name: 'Тестовая областная организация Профсоюза', field: 'Председатель: e-mail', old: '', new: 'orlova@mail.ru' },
        { row: 2, key: '100', name: 'Тестовая областная организация Профсоюза', field: 'Численность по статотчету', old: '10', new: '12' },
        { row: 5, key: '112', name: 'ППО МБДОУ «Детский сад № 5»', field: 'Вышестоящая организация', old: 'Берёзовская районная организация Профсоюза', new: 'Озёрская городская организация Профсоюза' },
      ]),
    );
    expect(h.peek("SELECT parent_id FROM organizations WHERE code = '112'")).toEqual([{ parent_id: 3 }]);
    expect(h.peek("SELECT field, old_value, new_value FROM changes WHERE entity = 'organization' AND entity_id = 5")).toEqual([
      { field: 'parent_id', old_value: '2', new_value: '3' },
    ]);
    expect(h.peek('SELECT count(*) AS n FROM organizations')).toEqual([{ n: 6 }]);
  });

  it('a members file given as organizations is refused before anything is written', async () => {
    const file = writeCsv(path.join(h.dir, 'члены.csv'), [['ID в АИС', 'Код организации', 'Фамилия', 'Имя'], ['1', '111', 'Иванова', 'Анна']]);
    const before = dataOf(h);
    const res = await h.core.call('import.commit', { path: file, kind: 'orgs' });
    expect(res).toEqual({
      ok: false,
      error: { code: 'bad_args', message: 'В файле «члены.csv» не найдены обязательные для вида «организации» столбцы: «Наименование». Похоже, это файл вида «члены Профсоюза».' },
    });
    expect(dataOf(h)).toEqual(before);
  });
});

describe('import — stat-report figures', () => {
  it('updates the figures of organizations by code; an unknown code is a row error', async () => {
    const file = writeCsv(path.join(h.dir, 'stat.csv'), [
      ['Код организации', 'Наименование', 'Численность по статотчету', 'Работающих (обучающихся) в организации', 'Статотчет сформирован в АИС'],
      ['111', 'ППО МБОУ «Школа № 1»', '4', '30', 'да'],
      ['112', 'ППО МБДОУ «Детский сад № 5»', '3', '', ''],
      ['999', 'Неизвестная', '5', '', ''],
    ]);
    const inspection = await h.core.invoke('import.inspect', { path: file });
    expect(inspection).toMatchObject({ detectedKind: 'stats', kind: 'stats', problem: null });
    expect(inspection.mapping).toMatchObject({ Наименование: null });
    const summary = await h.core.invoke('import.commit', { path: file, kind: 'stats' });
    expect(summary.counts).toMatchObject({ rows: 3, updated: 1, unchanged: 1, skipped: 1, fieldUpdates: 3 });
    expect(summary.problems[0]).toMatchObject({ row: 4, column: 'Код организации', message: expect.stringContaining('«999»') });
    expect(h.peek("SELECT stat_members, stat_employees, stat_auto_report FROM organizations WHERE code = '111'")).toEqual([
      { stat_members: 4, stat_employees: 30, stat_auto_report: 1 },
    ]);
  });
});
