import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventMessage } from '../../../shared/api/events';
import { createCore, type Core } from '../../../electron/core';
import { SMALL, writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

let dir: string;
let cleanup: () => void;
let core: Core;
let events: EventMessage[];
let file: string;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  events = [];
  core = createCore({ dataDir: path.join(dir, 'data'), mode: 'browser', emit: (name, payload) => events.push({ name, payload } as EventMessage) });
  file = path.join(dir, 'Тест.profreestr');
  writeSmallRegion(file).close();
});
afterEach(() => {
  core.close();
  cleanup();
});

describe('registry handlers', () => {
  it('reports no file before one is opened, and refuses data calls with a Russian message', async () => {
    const status = await core.invoke('app.status', {});
    expect(status.info).toBeNull();
    expect(status.mode).toBe('browser');
    const res = await core.call('orgs.tree', {});
    expect(res).toEqual({ ok: false, error: { code: 'no_file', message: expect.stringContaining('не открыт') } });
  });

  it('opens a file: info counts active members only, remembers it, emits registry.changed', async () => {
    const info = await core.invoke('registry.open', { path: file });
    expect(info).toMatchObject({
      fileName: 'Тест.profreestr',
      orgCount: SMALL.orgs,
      memberCount: SMALL.activeMembers,
      regionName: 'Тестовая областная организация Профсоюза',
      lastSnapshot: { asOf: '2026-10-01' },
    });
    expect(events.map((e) => e.name)).toEqual(['registry.changed']);
    expect((await core.invoke('app.status', {})).recent).toEqual([file]);
  });

  it('keeps the current file open when opening another fails', async () => {
    await core.invoke('registry.open', { path: file });
    const res = await core.call('registry.open', { path: path.join(dir, 'нет.profreestr') });
    expect(res.ok).toBe(false);
    expect((await core.invoke('registry.info', {})).fileName).toBe('Тест.profreestr');
  });

  it('creates an empty registry', async () => {
    const info = await core.invoke('registry.create', { path: path.join(dir, 'Новый.profreestr') });
    expect(info).toMatchObject({ orgCount: 0, memberCount: 0, lastSnapshot: null });
  });

  it('closes the file', async () => {
    await core.invoke('registry.open', { path: file });
    await core.invoke('registry.close', {});
    expect((await core.invoke('app.status', {})).info).toBeNull();
  });
});

describe('organizations', () => {
  it('lists the tree with own and subtree member counts', async () => {
    await core.invoke('registry.open', { path: file });
    const tree = await core.invoke('orgs.tree', {});
    const byCode = new Map(tree.map((n) => [n.code, n]));
    expect(tree).toHaveLength(SMALL.orgs);
    expect(tree[0]!.code).toBe('100');
    expect(byCode.get('100')).toMatchObject({ ownMembers: 0, totalMembers: 6, parentId: null });
    expect(byCode.get('110')).toMatchObject({ ownMembers: 0, totalMembers: 5 });
    expect(byCode.get('112')).toMatchObject({ ownMembers: 2, totalMembers: 2 });
    expect(byCode.get('121')).toMatchObject({ ownMembers: 1, totalMembers: 1 });
  });

  it('gets a passport and names a missing one', async () => {
    await core.invoke('registry.open', { path: file });
    expect(await core.invoke('orgs.get', { id: 2 })).toMatchObject({ code: '110', level: 'local', statMembers: 6 });
    const res = await core.call('orgs.get', { id: 77 });
    expect(res).toEqual({ ok: false, error: { code: 'not_found', message: expect.stringContaining('77') } });
  });
});

describe('members.list', () => {
  beforeEach(async () => {
    await core.invoke('registry.open', { path: file });
  });

  it('lists a subtree sorted by normalized FIO (ё as е), hiding removed members', async () => {
    const page = await core.invoke('members.list', { orgId: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.surname)).toEqual(['Ёлкина', 'Иванова', 'Ковальчук', 'Петров', 'Смирнова']);
    expect(page.rows[1]).toMatchObject({ orgName: 'ППО МБОУ «Школа № 1»', category: 'working', cardStatus: 'issued', pdConsent: false });
  });

  it('whole file, with removed members on request, and ё sorts among е', async () => {
    const all = await core.invoke('members.list', { includeRemoved: true });
    expect(all.total).toBe(SMALL.activeMembers + SMALL.removedMembers);
    expect(all.rows.map((r) => r.surname)).toEqual(['Бойко', 'Ёлкина', 'Иванова', 'Ковальчук', 'Петров', 'Смирнова', 'Черных']);
  });

  it('one organization without its subtree', async () => {
    expect((await core.invoke('members.list', { orgId: 2, subtree: false })).total).toBe(0);
    expect((await core.invoke('members.list', { orgId: 4, subtree: false })).total).toBe(3);
  });

  it('pages and sorts by any allowed column', async () => {
    const page = await core.invoke('members.list', { offset: 1, limit: 2, sort: [{ field: 'birthDate', dir: 'desc' }] });
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => r.birthDate)).toEqual(['1990-03-04', '1985-07-08']);
  });
});

describe('registry.updated', () => {
  it('is emitted with fresh figures after a call that writes, and not after one that only reads', async () => {
    await core.invoke('registry.open', { path: file });
    events.length = 0;
    await core.invoke('members.list', {});
    await core.invoke('orgs.tree', {});
    expect(events).toEqual([]);
    await core.invoke('members.remove', { ids: [1], date: '2026-11-01', reason: 'own_wish' });
    expect(events).toEqual([{ name: 'registry.updated', payload: { info: expect.objectContaining({ memberCount: SMALL.activeMembers - 1 }) } }]);
  });
});

describe('jobs', () => {
  it('cancelling an unknown job says so', async () => {
    expect(await core.invoke('jobs.cancel', { jobId: 'x' })).toEqual({ cancelled: false });
  });

  it('host methods are refused by the engine', async () => {
    const res = await core.call('host.fileDialog', { mode: 'open' });
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
