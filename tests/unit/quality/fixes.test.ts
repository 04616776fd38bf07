// Fixes and the duplicate merge: the preview lists exactly what the write changes, the write is
// ONE action of the change log (source «исправление»), and undo puts the file back exactly.
import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { toIsoDate } from '../../../shared/ru';
import { openPlantedCore, type PlantedCore } from '../../fixtures/quality-core';
import type { PlantedRegion } from '../../fixtures/quality-region';

let planted: PlantedCore;
let core: Core;
let region: PlantedRegion;
let reader: Database;

beforeEach(async () => {
  planted = await openPlantedCore();
  ({ core, region } = planted);
  reader = new BetterSqlite3(planted.file, { readonly: true });
});
afterEach(() => {
  reader.close();
  planted.close();
});

const members = () => reader.prepare('SELECT * FROM members ORDER BY id').all();
const count = async (id: string) =>
  (await core.invoke('quality.run', {})).checks.find((c) => c.id === id)!.count;
const fixActions = () =>
  reader.prepare("SELECT a.id, a.label, count(c.id) AS changes FROM actions a JOIN changes c ON c.action_id = a.id WHERE a.source = 'fix' AND c.source = 'fix' GROUP BY a.id").all() as {
    id: number;
    label: string;
    changes: number;
  }[];

/** Applies a fix, checks it is one action, undoes it and checks the file is as before. */
async function applyAndUndo(fix: 'fixFio' | 'normalizeContacts' | 'categoryFromOrg' | 'issueCards', ids: number[] | null, after: () => Promise<void>) {
  const before = members();
  const preview = await core.invoke('quality.fixPreview', { fix, ids });
  const result = await core.invoke('quality.fixApply', { fix, ids });
  expect(result.changed).toBe(preview.changes.length);
  expect(result.undo.undo?.source).toBe('fix');
  const actions = fixActions();
  expect(actions).toHaveLength(1);
  expect(actions[0]!.changes).toBe(preview.changes.length);
  await after();
  await core.invoke('edit.undo', {});
  expect(members()).toEqual(before);
  return preview;
}

describe('fixes', () => {
  it('trims and capitalizes FIO: exactly the fixable parts, once, undone exactly', async () => {
    const preview = await applyAndUndo('fixFio', null, async () => {
      // «Иванова2» and «Петрова – Водкина» (a dash the name parser refuses) have to be typed in.
      const left = await core.invoke('quality.rows', { checkId: 'member.fioFormat' });
      expect(left.rows.map((r) => r.who)).toEqual(['Иванова2 Анна Петровна', 'Петрова – Водкина Ольга Сергеевна']);
      expect(await count('dup.sameOrg')).toBe(region.expected['dup.sameOrg'].length); // the duplicates stay duplicates
    });
    expect(preview.records).toBe(4);
    expect(preview.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: region.ids.fioLower, field: 'Фамилия', before: 'иванова', after: 'Иванова' }),
        expect.objectContaining({ id: region.ids.fioSpaces, field: 'Имя', before: '  Анна  ', after: 'Анна' }),
        expect.objectContaining({ id: region.ids.fioHyphen, before: 'Римская - корсакова', after: 'Римская-Корсакова' }),
        expect.objectContaining({ field: 'Отчество', before: 'ПЕТРОВНА', after: 'Петровна' }),
      ]),
    );
    expect(preview.changes.some((c) => c.id === region.ids.fioBad)).toBe(false);
    expect(preview.changes).toHaveLength(6); // 1 + 1 + 1 + 3 (СОКОЛОВА АННА ПЕТРОВНА)
  });

  it('normalizes phones and e-mails with the parsers the check uses', async () => {
    const preview = await applyAndUndo('normalizeContacts', null, async () => {
      expect(await count('member.contactFormat')).toBe(0);
      expect(await count('member.badContact')).toBe(region.expected['member.badContact'].length);
    });
    expect(preview.changes.map((c) => [c.id, c.field, c.after])).toEqual([
      [region.ids.phoneForm, 'Телефон', '+79123456789'],
      [region.ids.emailForm, 'E-mail', 'petrov@mail.ru'],
      [region.ids.bothContact, 'E-mail', 'a.ivanova@yandex.ru'],
    ]);
  });

  it('sets the category from the organization’s kind', async () => {
    const preview = await applyAndUndo('categoryFromOrg', null, async () => {
      expect(await count('member.categoryUnset')).toBe(0);
      expect(await count('member.categoryMismatch')).toBe(0);
    });
    expect(Object.fromEntries(preview.changes.map((c) => [c.id, c.after]))).toEqual({
      [region.ids.unset1!]: 'работающий',
      [region.ids.unset2!]: 'обучающийся',
      [region.ids.studentInSchool!]: 'работающий',
      [region.ids.workerInStudents!]: 'обучающийся',
      [region.ids.pensionerInFaculty!]: 'обучающийся',
    });
  });

  it('marks chosen delivered cards «выдан» today, ignoring cards in another status', async () => {
    const today = toIsoDate(new Date());
    const preview = await applyAndUndo('issueCards', [region.ids.cardOld!, region.ids.cardRecent!, region.ids.unset1!], async () => {
      const rows = reader.prepare('SELECT card_status, card_status_date FROM members WHERE id IN (?, ?)').all(region.ids.cardOld, region.ids.cardRecent);
      expect(rows).toEqual([
        { card_status: 'issued', card_status_date: today },
        { card_status: 'issued', card_status_date: today },
      ]);
      expect(await count('member.cardDelivered')).toBe(1);
    });
    expect(preview.records).toBe(2);
    expect(preview.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`)).toContain('Статус ЭПБ: доставлен в регион → выдан');
  });

  it('changes nothing and records no action when there is nothing to fix', async () => {
    await core.invoke('quality.fixApply', { fix: 'normalizeContacts', ids: null });
    const second = await core.invoke('quality.fixApply', { fix: 'normalizeContacts', ids: null });
    expect(second.action).toBeNull();
    expect(fixActions()).toHaveLength(1);
  });
});

describe('duplicate merge', () => {
  it('keeps one record with the chosen fields, removes the other as «дубликат», one action, undone exactly', async () => {
    const before = members();
    const keep = region.ids.yoKeep!;
    const other = region.ids.yoOther!;
    const result = await core.invoke('quality.merge', { keepId: keep, removeIds: [other], choices: { phone: other, aisId: other, email: keep } });
    expect(result.action?.label).toContain('Объединение дубликатов');
    const row = (id: number) => reader.prepare('SELECT phone, ais_id, email, removed_on, removal_reason FROM members WHERE id = ?').get(id);
    expect(row(keep)).toMatchObject({ phone: '+79990001122', ais_id: 'A-77', removed_on: null });
    expect(row(other)).toMatchObject({ ais_id: null, removed_on: toIsoDate(new Date()), removal_reason: 'duplicate' });
    expect(await count('dup.sameOrg')).toBe(region.expected['dup.sameOrg'].length - 2);
    const logged = reader.prepare("SELECT DISTINCT action_id, source FROM changes WHERE entity_id IN (?, ?)").all(keep, other);
    expect(logged).toEqual([{ action_id: result.action!.id, source: 'fix' }]);
    const history = await core.invoke('edit.history', { entity: 'member', id: other, limit: 10 });
    expect(history.map((h) => h.field).sort()).toEqual(['aisId', 'removalReason', 'removedOn']);

    await core.invoke('edit.undo', {});
    expect(members()).toEqual(before);
  });

  it('refuses a record that is kept and removed, a removed one, and a value from outside', async () => {
    const keep = region.ids.yoKeep!;
    const other = region.ids.yoOther!;
    const same = await core.call('quality.merge', { keepId: keep, removeIds: [keep] });
    expect(same).toMatchObject({ ok: false, error: { message: expect.stringContaining('не может быть среди снимаемых') } });
    const outsider = await core.call('quality.merge', { keepId: keep, removeIds: [other], choices: { phone: region.ids.cardOld } });
    expect(outsider).toMatchObject({ ok: false, error: { message: expect.stringContaining('нет среди объединяемых') } });
    await core.invoke('quality.merge', { keepId: keep, removeIds: [other] });
    const again = await core.call('quality.merge', { keepId: keep, removeIds: [other] });
    expect(again).toMatchObject({ ok: false, error: { message: expect.stringContaining('уже снят(а) с учёта') } });
  });
});
