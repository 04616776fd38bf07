// The whole-union shape of the demo generator: the union on top, 80 regional organizations, and
// at the benchmark's size as many local and primary organizations as the real union has.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemoPlan, writeDemoRegion } from '../../../electron/core/demo';
import type { OrgPlan } from '../../../electron/core/demo/types';
import { tempDir } from '../../fixtures/temp';
import { openReadonly } from './helpers';

const countBy = (orgs: readonly OrgPlan[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const o of orgs) out[o.level] = (out[o.level] ?? 0) + 1;
  return out;
};

describe('whole-union demo plan at 3,800,000 members', () => {
  const plan = buildDemoPlan({ members: 3_800_000, seed: 1, shape: 'union' });
  const byId = new Map(plan.orgs.map((o) => [o.id, o]));

  it('has the union’s structure and sizes (DOMAIN.md)', () => {
    const levels = countBy(plan.orgs);
    expect(levels.union).toBe(1);
    expect(levels.regional).toBe(80);
    expect(levels.local).toBeGreaterThanOrEqual(2100);
    expect(levels.local).toBeLessThanOrEqual(2500);
    expect(levels.primary).toBeGreaterThanOrEqual(65_000);
    expect(levels.primary).toBeLessThanOrEqual(75_000);
    expect(plan.orgs.reduce((s, o) => s + o.members, 0)).toBe(3_800_000);
    expect(plan.root.name).toBe('Профессиональный союз работников народного образования и науки Российской Федерации');
  });

  it('hangs every region under the union and every organization under its own region', () => {
    const root = plan.orgs[0]!;
    expect(root).toMatchObject({ level: 'union', parentId: null });
    const regionOf = (o: OrgPlan): OrgPlan => {
      let x = o;
      while (x.level !== 'regional') x = byId.get(x.parentId!)!;
      return x;
    };
    for (const o of plan.orgs) {
      if (o === root) continue;
      expect(byId.get(o.parentId!)!.id, o.code).toBeLessThan(o.id);
      if (o.level === 'regional') expect(o.parentId).toBe(root.id);
      if (o.level === 'local') {
        // The official naming chain names the local's own region, and codes start with its digits.
        const region = regionOf(o);
        const stem = region.name.split(' ')[0]!.slice(0, -2);
        expect(o.name, o.code).toContain(`${stem}ой областной организации`);
        expect(o.code.slice(0, 2)).toBe(region.code.slice(0, 2));
      }
    }
    expect(new Set(plan.orgs.map((o) => o.code)).size).toBe(plan.orgs.length);
    expect(new Set(plan.orgs.filter((o) => o.level === 'regional').map((o) => o.name)).size).toBe(80);
  });

  it('spreads region sizes like real regions (thousands to ~200,000) and sums the stat figures', () => {
    const regions = plan.orgs.filter((o) => o.level === 'regional');
    const members = new Map<number, number>();
    for (const o of plan.orgs) {
      if (o.members === 0) continue;
      let x = o;
      while (x.level !== 'regional') x = byId.get(x.parentId!)!;
      members.set(x.id, (members.get(x.id) ?? 0) + o.members);
    }
    const sizes = regions.map((r) => members.get(r.id) ?? 0).sort((a, b) => a - b);
    expect(sizes[0]).toBeGreaterThan(3000);
    expect(sizes[0]).toBeLessThan(10_000);
    expect(sizes[79]).toBeGreaterThan(150_000);
    expect(sizes[79]).toBeLessThan(210_000);
    expect(plan.orgs[0]!.statMembers).toBe(regions.reduce((s, r) => s + r.statMembers, 0));
  });
});

describe('demo shapes', () => {
  it('the region shape is the default', () => {
    expect(buildDemoPlan({ members: 4000, seed: 5, shape: 'region' })).toEqual(buildDemoPlan({ members: 4000, seed: 5 }));
  });

  it('rejects an unknown shape', () => {
    expect(() => buildDemoPlan({ members: 10, seed: 1, shape: 'world' as 'union' })).toThrow(/весь Профсоюз/);
  });
});

describe('whole-union demo file', () => {
  const tmp = tempDir('profreestr-union-');
  afterAll(() => tmp.cleanup());

  it('writes the union with its name, 80 regions and a snapshot', async () => {
    const file = path.join(tmp.dir, 'union.profreestr');
    const summary = await writeDemoRegion(file, { members: 20_000, seed: 2, shape: 'union' });
    expect(summary.regionName).toBe('Профессиональный союз работников народного образования и науки Российской Федерации');
    const db = openReadonly(file);
    try {
      const levels = db.prepare('SELECT level, count(*) AS n FROM organizations GROUP BY level').all() as Array<{ level: string; n: number }>;
      expect(Object.fromEntries(levels.map((l) => [l.level, l.n]))).toMatchObject({ union: 1, regional: 80 });
      expect(db.prepare("SELECT value FROM settings WHERE key = 'region.shortName'").pluck().get()).toBe('"Общероссийский Профсоюз образования"');
      expect(db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(20_000);
      expect(db.prepare('SELECT member_count FROM snapshots').pluck().get()).toBe(summary.members);
      expect(db.prepare('SELECT count(DISTINCT card_number) = count(card_number) FROM members').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });
});
