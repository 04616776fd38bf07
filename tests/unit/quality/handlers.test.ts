import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { CHECK_IDS } from '../../../shared/quality/catalog';
import { openPlantedCore, type PlantedCore } from '../../fixtures/quality-core';
import type { PlantedRegion } from '../../fixtures/quality-region';

let planted: PlantedCore;
let core: Core;
let region: PlantedRegion;

beforeEach(async () => {
  planted = await openPlantedCore();
  ({ core, region } = planted);
});
afterEach(() => planted.close());

describe('quality handlers', () => {
  it('runs every check: id, title, severity, explanation and the planted count', async () => {
    const report = await core.invoke('quality.run', {});
    expect(report.asOf).toBe('2026-10-01');
    expect(report.cardDays).toBe(60);
    expect(report.checks.map((c) => c.id)).toEqual(CHECK_IDS);
    for (const c of report.checks) {
      expect(c.count, c.id).toBe(region.expected[c.id].length);
      expect(['error', 'warning', 'info']).toContain(c.severity);
      expect(c.title).not.toBe('');
    }
    const card = report.checks.find((c) => c.id === 'member.cardDelivered')!;
    expect(card.title).toContain('60');
    expect(card.fix).toBe('issueCards');
  });

  it('lists the affected rows with who, organization, field and problem, page by page', async () => {
    const page = await core.invoke('quality.rows', { checkId: 'member.genderPatronymic', limit: 2 });
    expect(page.total).toBe(3);
    expect(page.rows).toHaveLength(2);
    expect(page.rows[0]).toMatchObject({ who: 'Орлов Олег Петровна', orgName: 'ППО «college»', field: 'Пол' });
    const orgs = await core.invoke('quality.rows', { checkId: 'org.chairBadEmail' });
    expect(orgs.rows).toEqual([
      expect.objectContaining({ id: region.orgs.badEmail, who: 'ППО «badEmail»', orgName: 'ППО «badEmail»', field: 'E-mail председателя' }),
    ]);
  });

  it('drills down to exactly the affected ids, members or organizations', async () => {
    expect(await core.invoke('quality.ids', { checkId: 'member.noPdConsent' })).toEqual({
      entity: 'member',
      ids: region.expected['member.noPdConsent'],
    });
    expect(await core.invoke('quality.ids', { checkId: 'org.emptyLeaf' })).toEqual({ entity: 'organization', ids: region.expected['org.emptyLeaf'] });
  });

  it('keeps the card deadline in the file and uses it', async () => {
    expect((await core.invoke('quality.settings.get', {})).cardDays).toBe(60);
    await core.invoke('quality.settings.set', { cardDays: 30 });
    const ids = await core.invoke('quality.ids', { checkId: 'member.cardDelivered' });
    expect(ids.ids).toEqual(expect.arrayContaining([region.ids.cardRecent, region.ids.card60]));
    expect((await core.invoke('quality.run', { cardDays: 60, checks: ['member.cardDelivered'] })).checks[0]!.count).toBe(2);
  });

  it('gives duplicate groups with the member cards', async () => {
    const cross = await core.invoke('quality.duplicates', { checkId: 'dup.crossOrg' });
    expect(cross.total).toBe(2);
    expect(cross.groups.map((g) => g.members.map((m) => m.surname))).toEqual([['Морозова', 'Морозова', 'Морозова'], ['Кузнецов', 'Кузнецов']]);
    expect(cross.groups[1]!.members.map((m) => m.orgName)).toEqual(['Организация «school»', 'Организация «college»']);
  });

  it('refuses unknown checks and bad settings in Russian', async () => {
    const bad = await core.call('quality.rows', { checkId: 'nope' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_args', message: expect.stringContaining('checkId') } });
    const days = await core.call('quality.settings.set', { cardDays: 0 });
    expect(days).toMatchObject({ ok: false, error: { message: expect.stringContaining('Не меньше 1 дня') } });
  });

  it('gives a list as data and as a DOCX download; refuses letters per organization without a folder', async () => {
    const list = await core.invoke('lists.data', { kind: 'cards', orgId: region.orgs.region! });
    expect(list.total).toBe(4);
    expect(list.tables.map((t) => t.caption)).toEqual(['ППО «college»']);
    expect(list.header).toBe('ППО «region» — ведомость выдачи электронных профсоюзных билетов на 01.10.2026');
    const file = await core.invoke('lists.docx', { kind: 'members', orgId: region.orgs.school!, subtree: false });
    expect(file.path).toBeNull();
    expect(file.fileName).toMatch(/^Список членов Профсоюза.*\.docx$/);
    expect(Buffer.from(file.base64!, 'base64').subarray(0, 2).toString()).toBe('PK');
    const missing = await core.call('lists.data', { kind: 'members', orgId: 99999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const letters = await core.call('letters.write', { mode: 'perOrg', path: null });
    expect(letters).toMatchObject({ ok: false, error: { message: expect.stringContaining('укажите папку') } });
    const downloads = await core.invoke('letters.write', { mode: 'single', checks: ['org.chairBadEmail'] });
    expect(downloads.letters).toBe(1);
    expect(downloads.files.map((f) => f.fileName.slice(-5))).toEqual(['.docx', '.xlsx']);
  });
});
