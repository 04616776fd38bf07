// Every check on a generated region with planted problems: each finds exactly what was planted
// for it (decoys included in the region) and nothing else; a clean region gives no findings.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agree } from '../../../shared/ru';
import { CHECK_IDS, CHECK_META } from '../../../shared/quality/catalog';
import { QUALITY_TEXT } from '../../../shared/quality/strings';
import { DEFINED_CHECK_IDS } from '../../../electron/core/quality/registry';
import { checkSession, findingsOf, runChecks } from '../../../electron/core/quality/run';
import { QUALITY_TODAY, writeQualityRegion, type PlantedRegion } from '../../fixtures/quality-region';
import { tempDir } from '../../fixtures/temp';

let dir: string;
let cleanup: () => void;
let region: PlantedRegion;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  region = writeQualityRegion(path.join(dir, 'planted.profreestr'));
});
afterAll(() => {
  region.db.close();
  cleanup();
});

const OPTIONS = { cardDays: 60 };

describe('the catalogue', () => {
  it('defines every check once, each with a title and an explanation', () => {
    expect([...DEFINED_CHECK_IDS].sort()).toEqual([...CHECK_IDS].sort());
    for (const id of CHECK_IDS) {
      expect(QUALITY_TEXT.checks[id].title.length).toBeGreaterThan(10);
      expect(QUALITY_TEXT.checks[id].explanation.length).toBeGreaterThan(30);
      expect(CHECK_META[id].id).toBe(id);
    }
  });
});

describe('checks on the planted region', () => {
  it.each(CHECK_IDS)('%s finds exactly the planted records', (id) => {
    const session = checkSession(region.db, OPTIONS, QUALITY_TODAY);
    const found = findingsOf(session, id);
    expect(found.map((f) => f.id).sort((a, b) => a - b)).toEqual(region.expected[id]);
    expect(region.expected[id].length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.problem).not.toBe('');
      expect(f.orgId).toBeGreaterThan(0);
    }
  });

  it('says what is wrong in words a letter can print', () => {
    const session = checkSession(region.db, OPTIONS, QUALITY_TODAY);
    const problem = (id: (typeof CHECK_IDS)[number], recordId: number) => findingsOf(session, id).find((f) => f.id === recordId)?.problem;
    expect(problem('member.badContact', region.ids.badPhone!)).toContain('«12345» — не номер телефона');
    expect(problem('member.contactFormat', region.ids.phoneForm!)).toBe('«8 (912) 345-67-89» — нужно «+79123456789»');
    expect(problem('member.fioFormat', region.ids.fioHyphen!)).toBe('«Римская - корсакова» — нужно «Римская-Корсакова»');
    expect(problem('member.cardDelivered', region.ids.cardOld!)).toContain(`с 01.07.2026 (дольше ${agree(60, 'день')})`);
    expect(problem('dup.crossOrg', region.ids.crossA!)).toContain('«ППО «college»»');
  });

  it('counts the card deadline from the setting', () => {
    const session = checkSession(region.db, { cardDays: 30 }, QUALITY_TODAY);
    const ids = findingsOf(session, 'member.cardDelivered').map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining([region.ids.cardRecent, region.ids.card60]));
  });

  it('keeps a run until the file changes, then starts afresh', () => {
    const first = checkSession(region.db, OPTIONS, QUALITY_TODAY);
    expect(checkSession(region.db, OPTIONS, QUALITY_TODAY)).toBe(first);
    region.db.prepare('UPDATE members SET category = category WHERE id = ?').run(region.ids.unset1);
    expect(checkSession(region.db, OPTIONS, QUALITY_TODAY)).not.toBe(first);
  });
});

describe('a clean region', () => {
  it('gives no finding at all', () => {
    const clean = writeQualityRegion(path.join(dir, 'clean.profreestr'), { plant: false, cleanMembers: 300 });
    const results = runChecks(checkSession(clean.db, OPTIONS, QUALITY_TODAY));
    const nonEmpty = [...results].filter(([, f]) => f.length > 0).map(([id, f]) => `${id}: ${f.length}`);
    expect(nonEmpty).toEqual([]);
    clean.db.close();
  });
});
