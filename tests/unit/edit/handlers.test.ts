import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { buildMemberQuery } from '../../../electron/core/members/query';
import { memberQuerySchema } from '../../../shared/api/memberQuery';
import { SMALL, writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

let cleanup: () => void;
let core: Core;
let file: string;

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  core = createCore({ dataDir: path.join(dir, 'data'), mode: 'browser' });
  file = path.join(dir, 'Тест.profreestr');
  writeSmallRegion(file).close();
  await core.invoke('registry.open', { path: file });
});
afterEach(() => {
  core.close();
  cleanup();
});

const surnames = async (args: Parameters<Core['invoke']>[1] & object) =>
  (await core.invoke('members.list', args as never)).rows.map((r) => r.surname);

describe('members.list: search, filters, presets, sort', () => {
  it('quick search is a prefix of the FIO, any case, ё as е', async () => {
    expect(await surnames({ search: 'Иванова Ан' })).toEqual(['Иванова']);
    expect(await surnames({ search: 'иВАНОВА   ан' })).toEqual(['Иванова']);
    expect(await surnames({ search: 'елкина' })).toEqual(['Ёлкина']);
    expect(await surnames({ search: 'Ёлк' })).toEqual(['Ёлкина']);
    expect(await surnames({ search: 'Анна' })).toEqual([]);
    const page = await core.invoke('members.list', { search: 'П' });
    expect(page).toMatchObject({ total: 1, unfiltered: SMALL.activeMembers });
  });

  it('the search walks the fio_norm index, also within a subtree', async () => {
    const db = core.state.registry!.db;
    const { cte, where, params } = buildMemberQuery(db, memberQuerySchema.parse({ orgId: 1, search: 'Иванова Ан' }));
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${cte} SELECT m.id FROM members m ${where}`).all(params) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/INDEX members_fio \(fio_norm>\? AND fio_norm<\?\)/);
  });

  it('presets', async () => {
    expect(await surnames({ preset: 'noCategory' })).toEqual(['Ёлкина']);
    expect(await surnames({ preset: 'cardDelivered' })).toEqual(['Смирнова']);
    expect(await surnames({ preset: 'refusedNoApp' })).toEqual(['Петров']);
    expect(await surnames({ preset: 'removed' })).toEqual(['Бойко']);
  });

  it('column filters: text (Russian case), dates, sets, two conditions', async () => {
    expect(await surnames({ filters: [{ field: 'orgName', conditions: [{ type: 'text', op: 'contains', value: 'ШКОЛА' }] }] })).toEqual([
      'Ёлкина',
      'Иванова',
      'Петров',
    ]);
    expect(
      await surnames({ filters: [{ field: 'birthDate', conditions: [{ type: 'date', op: 'inRange', from: '1980-05-01', to: '1990-03-04' }] }] }),
    ).toEqual(['Ёлкина', 'Иванова', 'Смирнова']);
    expect(await surnames({ filters: [{ field: 'cardStatus', conditions: [{ type: 'set', values: ['issued', null] }] }] })).toEqual([
      'Ёлкина',
      'Иванова',
      'Ковальчук',
      'Черных',
    ]);
    expect(
      await surnames({
        filters: [
          {
            field: 'surname',
            join: 'or',
            conditions: [
              { type: 'text', op: 'startsWith', value: 'ков' },
              { type: 'text', op: 'endsWith', value: 'ых' },
            ],
          },
        ],
      }),
    ).toEqual(['Ковальчук', 'Черных']);
    expect(await surnames({ filters: [{ field: 'pdConsent', conditions: [{ type: 'set', values: ['1'] }] }] })).toEqual([]);
    const bad = await core.call('members.list', { filters: [{ field: 'birthDate', conditions: [{ type: 'text', op: 'contains', value: '1' }] }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_args', message: expect.stringContaining('«Дата рождения»') } });
  });

  it('an outside list of ids, and multi-column sort', async () => {
    expect(await surnames({ ids: [1, 4, 6] })).toEqual(['Иванова', 'Смирнова']); // 6 is removed
    expect(await surnames({ ids: [1, 4, 6], includeRemoved: true })).toEqual(['Бойко', 'Иванова', 'Смирнова']);
    expect(
      await surnames({ sort: [{ field: 'category', dir: 'desc' }, { field: 'birthDate', dir: 'asc' }] }),
    ).toEqual(['Ковальчук', 'Петров', 'Иванова', 'Смирнова', 'Черных', 'Ёлкина']); // by label: работающий, обучающийся, не указан
    expect(await core.invoke('members.ids', { orgId: 2, offset: 1, limit: 2 })).toEqual([1, 5]);
  });
});

describe('edit.apply, edit.setMany, undo, history', () => {
  it('an invalid e-mail is refused with its message and nothing is saved', async () => {
    const res = await core.call('edit.apply', {
      source: 'edit',
      label: 'Правка',
      changes: [{ entity: 'member', id: 1, field: 'email', value: 'ivanova@' }],
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_args', message: expect.stringContaining('не адрес электронной почты') } });
    expect((await core.invoke('members.get', { id: 1 })).email).toBeNull();
  });

  it('read-only and unknown fields are refused', async () => {
    const res = await core.call('edit.apply', {
      source: 'edit',
      label: 'Правка',
      changes: [
        { entity: 'member', id: 1, field: 'removedOn', value: '01.01.2020' },
        { entity: 'member', id: 1, field: 'salary', value: '1' },
      ],
    });
    expect(res).toMatchObject({ ok: false, error: { message: expect.stringMatching(/не редактируется[\s\S]*неизвестное поле «salary»/) } });
  });

  it('a unique AIS id is checked by the file and named in Russian', async () => {
    const res = await core.call('edit.apply', { source: 'edit', label: 'x', changes: [{ entity: 'member', id: 1, field: 'aisId', value: '2' }] });
    expect(res).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('«Код в АИС»: значение «2» уже есть') } });
  });

  it('bulk edit of many members is one undoable action; history shows it', async () => {
    const out = await core.invoke('edit.setMany', {
      entity: 'member',
      ids: [1, 2, 3, 4],
      values: { cardStatus: 'выдан' },
      source: 'bulk',
      label: 'Статус ЭПБ = выдан',
    });
    expect(out).toMatchObject({ changed: 3, undo: { undo: { label: 'Статус ЭПБ = выдан' }, redo: null } });
    expect((await core.invoke('members.list', { preset: 'cardDelivered' })).total).toBe(0);
    const history = await core.invoke('edit.history', { entity: 'member', id: 4 });
    expect(history).toEqual([
      expect.objectContaining({ field: 'cardStatus', oldValue: 'delivered', newValue: 'issued', source: 'bulk', label: 'Статус ЭПБ = выдан' }),
    ]);
    const undone = await core.invoke('edit.undo', {});
    expect(undone.entities).toEqual(['member']);
    expect((await core.invoke('members.list', { preset: 'cardDelivered' })).total).toBe(1);
    expect(await core.invoke('edit.history', { entity: 'member', id: 4 })).toEqual([]);
    await core.invoke('edit.redo', {});
    expect((await core.invoke('members.get', { id: 4 })).cardStatus).toBe('issued');
  });
});

describe('member lifecycle', () => {
  it('adds a member to a primary organization only', async () => {
    const out = await core.invoke('members.add', { orgId: 4, values: { surname: 'сидорова', name: 'Вера', email: 'V@MAIL.RU' } });
    const added = await core.invoke('members.get', { id: out.id! });
    expect(added).toMatchObject({ surname: 'Сидорова', name: 'Вера', email: 'v@mail.ru', orgId: 4, category: 'unset' });
    expect(added.registeredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(out.action!.label).toContain('Добавлен член Профсоюза Сидорова Вера');
    expect(await core.call('members.add', { orgId: 2, values: { surname: 'А', name: 'Б' } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('в первичной организации') },
    });
    expect(await core.call('members.add', { orgId: 4, values: { surname: 'А' } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('«Имя»: поле не может быть пустым') },
    });
    await core.invoke('edit.undo', {});
    expect(await core.call('members.get', { id: out.id! })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('transfers with a date, keeping the card', async () => {
    const out = await core.invoke('members.transfer', { ids: [1, 2], orgId: 6, date: '15.09.2026' });
    expect(out.action!.label).toBe('Перевод: 2\u00a0члена Профсоюза в «ППО Озёрского колледжа» с 15.09.2026');
    expect(await core.invoke('members.get', { id: 1 })).toMatchObject({ orgId: 6, transferredOn: '2026-09-15', aisId: '1' });
    expect((await core.invoke('orgs.tree', {})).find((n) => n.code === '121')!.ownMembers).toBe(3);
    expect((await core.invoke('edit.history', { entity: 'member', id: 1 })).map((h) => h.field).sort()).toEqual(['orgId', 'transferredOn']);
    expect(await core.call('members.transfer', { ids: [1], orgId: 6, date: '31.02.2026' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('такой даты нет') },
    });
  });

  it('removes from registration with date and reason, hides, restores', async () => {
    await core.invoke('members.remove', { ids: [3], date: '01.10.2026', reason: 'dismissal' });
    expect(await core.invoke('members.get', { id: 3 })).toMatchObject({ removedOn: '2026-10-01', removalReason: 'dismissal' });
    expect(await surnames({ orgId: 4 })).toEqual(['Иванова', 'Петров']);
    expect(await surnames({ orgId: 4, preset: 'removed' })).toEqual(['Ёлкина']);
    expect(await core.call('members.remove', { ids: [3], date: '01.10.2026', reason: 'dismissal' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Ёлкина М.И., № 3 уже снят(а) с учёта') },
    });
    expect(await core.call('members.transfer', { ids: [3], orgId: 5, date: '01.10.2026' })).toMatchObject({ ok: false });
    await core.invoke('members.restore', { ids: [3] });
    expect(await core.invoke('members.get', { id: 3 })).toMatchObject({ removedOn: null, removalReason: null });
  });
});

describe('organization operations', () => {
  it('adds a child of an allowed level with a generated code', async () => {
    const out = await core.invoke('orgs.add', { parentId: 2, level: 'primary', values: { name: 'ППО МБОУ «Школа № 7»', kind: 'школа' } });
    expect(await core.invoke('orgs.get', { id: out.id! })).toMatchObject({ code: 'НОВ-1', parentId: 2, level: 'primary', kind: 'school', status: 'active' });
    expect(await core.call('orgs.add', { parentId: 4, level: 'local', values: { name: 'X' } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('не может входить организация уровня «местная»') },
    });
    expect(await core.call('orgs.add', { parentId: 2, level: 'primary', values: { name: 'Y', code: '111' } })).toMatchObject({
      ok: false,
      error: { message: 'Код «111» уже есть у другой организации.' },
    });
  });

  it('moves an organization, refusing a cycle', async () => {
    const cycle = await core.call('orgs.move', { id: 2, parentId: 4 });
    expect(cycle).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('замкнутый круг') } });
    expect(await core.call('orgs.move', { id: 2, parentId: 2 })).toMatchObject({ ok: false });
    await core.invoke('orgs.move', { id: 5, parentId: 3 });
    const grid = await core.invoke('orgs.grid', {});
    expect(grid.find((r) => r.id === 5)!.parentId).toBe(3);
    expect(grid.find((r) => r.id === 3)!.totalMembers).toBe(3);
  });

  it('liquidates and deletes only an empty organization', async () => {
    await core.invoke('orgs.liquidate', { id: 6 });
    expect((await core.invoke('orgs.get', { id: 6 })).status).toBe('liquidated');
    const refused = await core.call('orgs.delete', { id: 5 });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('в ней 3\u00a0члена Профсоюза (считая снятых с учёта)') } });
    const empty = await core.invoke('orgs.add', { parentId: 3, level: 'primary', values: { name: 'Пустая' } });
    await core.invoke('orgs.delete', { id: empty.id! });
    expect(await core.call('orgs.get', { id: empty.id! })).toMatchObject({ ok: false });
    await core.invoke('edit.undo', {});
    expect((await core.invoke('orgs.get', { id: empty.id! })).name).toBe('Пустая');
  });

  it('the grid rolls members, stat figures and coverage up the tree', async () => {
    const grid = await core.invoke('orgs.grid', {});
    const root = grid.find((r) => r.code === '100')!;
    expect(root).toMatchObject({ totalMembers: 6, stat: 10, coverage: 60, level: 'regional' });
    expect(grid.find((r) => r.code === '112')).toMatchObject({ ownMembers: 2, totalMembers: 2, stat: 3 });
    expect(grid.map((r) => r.code)).toEqual((await core.invoke('orgs.tree', {})).map((n) => n.code));
  });

  it('passport edits go through the same log', async () => {
    await core.invoke('edit.apply', {
      source: 'edit',
      label: 'Паспорт',
      changes: [
        { entity: 'organization', id: 4, field: 'chairSurname', value: 'ПЕТРОВА' },
        { entity: 'organization', id: 4, field: 'chairEmailConsent', value: 'да' },
      ],
    });
    expect(await core.invoke('orgs.get', { id: 4 })).toMatchObject({ chairSurname: 'Петрова', chairEmailConsent: true });
  });

  it('the passport keeps the person responsible for the AIS and the stat report by category', async () => {
    await core.invoke('edit.apply', {
      source: 'edit',
      label: 'Паспорт',
      changes: [
        { entity: 'organization', id: 4, field: 'aisResponsible', value: '  Сидорова   Анна Петровна ' },
        { entity: 'organization', id: 4, field: 'statWorking', value: '1 204' },
        { entity: 'organization', id: 4, field: 'statStudents', value: '0' },
        { entity: 'organization', id: 4, field: 'statPensioners', value: '37' },
      ],
    });
    expect(await core.invoke('orgs.get', { id: 4 })).toMatchObject({
      aisResponsible: 'Сидорова Анна Петровна',
      statWorking: 1204,
      statStudents: 0,
      statPensioners: 37,
    });
    const refused = await core.call('edit.apply', {
      source: 'edit',
      label: 'Паспорт',
      changes: [{ entity: 'organization', id: 4, field: 'statPensioners', value: '-3' }],
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Из них неработающих пенсионеров/);
    expect((await core.invoke('orgs.get', { id: 4 })).statPensioners).toBe(37);
    await core.invoke('edit.undo', {});
    expect(await core.invoke('orgs.get', { id: 4 })).toMatchObject({ aisResponsible: null, statWorking: null, statPensioners: null });
  });
});

describe('grid layouts', () => {
  it('are kept in the file', async () => {
    expect(await core.invoke('ui.layout.get', { key: 'membersGrid' })).toBeNull();
    await core.invoke('ui.layout.set', { key: 'membersGrid', columns: [{ colId: 'email', width: 220 }, { colId: 'phone', hide: true }] });
    await core.invoke('registry.close', {});
    await core.invoke('registry.open', { path: file });
    expect(await core.invoke('ui.layout.get', { key: 'membersGrid' })).toEqual([{ colId: 'email', width: 220 }, { colId: 'phone', hide: true }]);
  });
});
