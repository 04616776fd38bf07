import type { Database } from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { formatChange, formatIndicator } from '../../../shared/domain/indicator-format';
import type { IndicatorTable } from '../../../shared/domain/indicators';
import { bandOf, tierOf } from '../../../electron/core/indicators/classify';
import { computeIndicators } from '../../../electron/core/indicators/compute';
import { rankBy } from '../../../electron/core/indicators/rank';
import { captureSnapshotIndicators } from '../../../electron/core/indicators/snapshot';
import { writeThresholds } from '../../../electron/core/indicators/thresholds';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

let db: Database;
let cleanup: () => void;

beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  db = writeSmallRegion(path.join(t.dir, 'small.profreestr'));
});
afterEach(() => {
  db.close();
  cleanup();
});

const byCode = (t: IndicatorTable, code: string) => {
  const row = t.rows.find((r) => r.code === code);
  if (!row) throw new Error(`нет строки ${code}`);
  return row;
};

describe('indicators of the current data', () => {
  it('rolls member counts up the tree and computes coverage against the stat report', () => {
    const all = computeIndicators(db, { level: 'all' });
    expect(all.source).toEqual({ kind: 'current', snapshotId: null, asOf: '2026-10-01' });
    const root = byCode(all, '100');
    expect(root.values).toMatchObject({ registered: 6, statMembers: 10, coverage: 60, working: 4, students: 1, pensioners: 0, categoryUnset: 1 });
    // Иванова, Ковальчук, Черных issued; Смирнова delivered; Петров refused without the app.
    expect(root.values).toMatchObject({ cardsProduced: 4, cardsIssued: 3, cardsDelivered: 1, cardsRefused: 1, refusedNoApp: 1 });
    expect(root.values.cardsProducedPct).toBeCloseTo((4 / 6) * 100, 10);
    expect(root.values).toMatchObject({ primaryOrgs: 3, localOrgs: 2, primaryEmpty: 0, chairMissing: 6 });
    expect(byCode(all, '110').values).toMatchObject({ registered: 5, statMembers: 6 });
    expect(byCode(all, '110').values.coverage).toBeCloseTo(83.333333, 5);
    expect(byCode(all, '111').values).toMatchObject({ registered: 3, coverage: 100 });
    expect(all.total.values).toEqual(root.values);
  });

  it('filters by level and assigns tiers and bands', () => {
    const locals = computeIndicators(db, { level: 'local' });
    expect(locals.rows.map((r) => r.code)).toEqual(['110', '120']);
    expect(locals.rows.map((r) => [r.tier, r.band])).toEqual([
      ['weak', 'b70'],
      ['weak', 'b40'],
    ]);
    const primaries = computeIndicators(db, { level: 'primary' });
    expect(primaries.rows.map((r) => r.tier)).toEqual(['complete', 'weak', 'weak']);
  });

  it('takes the children’s stat figures where an organization has none, and shows «нет данных» where nobody has one', () => {
    db.prepare("UPDATE organizations SET stat_members = NULL WHERE code IN ('110', '120', '121')").run();
    const t = computeIndicators(db, { level: 'all' });
    expect(byCode(t, '110').values).toMatchObject({ statMembers: 6, coverage: (5 / 6) * 100 });
    const ozyorsk = byCode(t, '120');
    expect(ozyorsk.values.statMembers).toBeNull();
    expect(ozyorsk.values.coverage).toBeNull();
    expect(ozyorsk.tier).toBe('noData');
    expect(ozyorsk.band).toBeNull();
    expect(formatIndicator('coverage', ozyorsk.values.coverage)).toBe('нет данных');
    // A stat figure of 0 gives no coverage either (never Infinity).
    db.prepare("UPDATE organizations SET stat_members = 0 WHERE code = '121'").run();
    expect(byCode(computeIndicators(db, { level: 'all' }), '121').values.coverage).toBeNull();
  });

  it('counts empty primaries, puts liquidating organizations apart and uses the file’s thresholds', () => {
    db.prepare("UPDATE members SET removed_on = '2026-09-01', removal_reason = 'other' WHERE org_id = 6").run();
    db.prepare("UPDATE organizations SET status = 'liquidating' WHERE code = '120'").run();
    let t = computeIndicators(db, { level: 'all' });
    expect(byCode(t, '121')).toMatchObject({ tier: 'zero' });
    expect(byCode(t, '120').tier).toBe('liquidating');
    expect(byCode(t, '100').values.primaryEmpty).toBe(1);

    writeThresholds(db, { complete: 80, near: 60, weak: 10 });
    t = computeIndicators(db, { level: 'all' });
    expect(t.thresholds).toEqual({ complete: 80, near: 60, weak: 10 });
    expect(byCode(t, '110').tier).toBe('complete');
    expect(byCode(t, '112').tier).toBe('near');
  });

  it('checks the chair tab: missing, no term, expired term, e-mail and consent', () => {
    const set = db.prepare(
      'UPDATE organizations SET chair_surname = ?, chair_term_end = ?, chair_email = ?, chair_email_consent = ? WHERE code = ?',
    );
    set.run('Иванова', '2026-09-30', 'ivanova@mail.ru', 1, '111');
    set.run('Петров', null, 'нет почты', 0, '112');
    set.run('Сидоров', '2027-01-01', 'sidorov@mail.ru', 1, '110');
    const t = computeIndicators(db, { level: 'all' });
    expect(byCode(t, '110').values).toMatchObject({
      chairMissing: 0,
      chairTermExpired: 1, // 2026-09-30 is before the data date 2026-10-01
      chairNoTerm: 1,
      chairNoEmail: 1,
      chairNoEmailConsent: 1,
    });
    expect(byCode(t, '100').values.chairMissing).toBe(3);
  });
});

describe('snapshots', () => {
  it('stores the counts with a snapshot and computes the same table from it after the data changed', () => {
    captureSnapshotIndicators(db, 1);
    const before = computeIndicators(db, { level: 'all' });
    db.prepare("UPDATE members SET card_status = 'issued' WHERE card_status = 'delivered'").run();
    db.prepare("UPDATE organizations SET stat_members = 5 WHERE code = '110'").run();
    const fromSnapshot = computeIndicators(db, { level: 'all', snapshotId: 1 });
    expect(fromSnapshot.source).toEqual({ kind: 'snapshot', snapshotId: 1, asOf: '2026-10-01' });
    expect(fromSnapshot.rows.map((r) => r.values)).toEqual(before.rows.map((r) => r.values));
    expect(computeIndicators(db, { level: 'all' }).rows.map((r) => r.values)).not.toEqual(before.rows.map((r) => r.values));
  });

  it('gives the change against a snapshot: absolute and in %', () => {
    captureSnapshotIndicators(db, 1);
    const add = db.prepare(
      "INSERT INTO members (org_id, surname, name, fio_norm, category, card_status) VALUES (6, ?, 'Анна', ?, 'student', 'issued')",
    );
    add.run('Новикова', 'новикова анна');
    add.run('Орлова', 'орлова анна');
    const t = computeIndicators(db, { level: 'local', compareId: 1 });
    expect(t.compareTo).toMatchObject({ kind: 'snapshot', snapshotId: 1 });
    const ozyorsk = byCode(t, '120');
    expect(ozyorsk.change?.registered).toEqual({ delta: 2, growth: 200 });
    expect(ozyorsk.change?.coverage?.delta).toBeCloseTo(100, 10); // 50% → 150%
    expect(byCode(t, '110').change?.registered).toEqual({ delta: 0, growth: 0 });
    expect(t.total.change?.registered).toEqual({ delta: 2, growth: (2 / 6) * 100 });
    expect(formatChange('registered', t.total.change?.registered)).toBe('+2 (+33,33%)');
  });

  it('names a snapshot without stored indicators and one that does not exist', () => {
    expect(() => computeIndicators(db, { level: 'local', snapshotId: 1 })).toThrow(/показатели не сохранены/);
    try {
      computeIndicators(db, { level: 'local', compareId: 7 });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).message).toMatch(/№ 7 не найден/);
    }
  });

  it('refuses a damaged snapshot with a message instead of wrong figures', () => {
    db.prepare("UPDATE snapshots SET indicators = '{\"version\":1,\"orgs\":5}' WHERE id = 1").run();
    expect(() => computeIndicators(db, { level: 'local', snapshotId: 1 })).toThrow(/повреждены/);
  });
});

describe('tiers and bands', () => {
  const t = { complete: 100, near: 85, weak: 0 };
  it('place the edges as documented', () => {
    expect(tierOf(100, 10, 'active', t)).toBe('complete');
    expect(tierOf(99.99, 10, 'active', t)).toBe('near');
    expect(tierOf(85, 10, 'active', t)).toBe('near');
    expect(tierOf(84.99, 10, 'active', t)).toBe('weak');
    expect(tierOf(0, 0, 'active', t)).toBe('zero');
    expect(tierOf(null, 0, 'active', t)).toBe('zero');
    expect(tierOf(null, 5, 'active', t)).toBe('noData');
    expect(tierOf(120, 10, 'liquidating', t)).toBe('liquidating');
    expect([100, 90.01, 90, 70.5, 50.01, 40.01, 20.01, 20, 0].map(bandOf)).toEqual([
      'b100', 'b90', 'b70', 'b70', 'b50', 'b40', 'b20', 'below20', 'below20',
    ]);
    expect(bandOf(null)).toBeNull();
  });
});

describe('rankings', () => {
  it('rank by any indicator, equal values sharing a place, no data last', () => {
    db.prepare("UPDATE organizations SET stat_members = 2 WHERE code = '112'").run(); // 2/2 = 100%
    db.prepare("UPDATE organizations SET stat_members = NULL WHERE code = '121'").run();
    const t = computeIndicators(db, { level: 'primary' });
    const ranked = rankBy(t.rows, 'coverage');
    expect(ranked.map((r) => [r.row.code, r.place])).toEqual([
      ['112', 1],
      ['111', 1],
      ['121', null],
    ]);
    expect(rankBy(t.rows, 'registered').map((r) => [r.row.code, r.place])).toEqual([
      ['111', 1],
      ['112', 2],
      ['121', 3],
    ]);
  });
});
