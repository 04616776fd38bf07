// Indicators on a whole-union file (the union on top, 80 regional organizations): the «regional»
// level the analysis table offers there, the union as the total row, and the CLI on it.
import type { Database } from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorTable } from '../../../shared/domain/indicators';
import { openRegistryDb } from '../../../electron/core/db/open';
import { writeDemoRegion } from '../../../electron/core/demo';
import { computeIndicators } from '../../../electron/core/indicators/compute';
import { tempDir } from '../../fixtures/temp';
import { runCaptured } from '../cli/capture';

let db: Database;
let file: string;
let cleanup: () => void;

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  file = path.join(t.dir, 'union.profreestr');
  await writeDemoRegion(file, { members: 20_000, seed: 4, shape: 'union' });
  db = openRegistryDb(file);
});
afterAll(() => {
  db.close();
  cleanup();
});

/** Per region, counted independently: members on registration, locals and primaries below it. */
const REGION_SQL = `WITH RECURSIVE sub(top, id) AS (
    SELECT id, id FROM organizations WHERE level = 'regional'
    UNION ALL
    SELECT sub.top, c.id FROM sub JOIN organizations c ON c.parent_id = sub.id)
  SELECT r.code,
         (SELECT count(*) FROM sub JOIN members m ON m.org_id = sub.id WHERE sub.top = r.id AND m.removed_on IS NULL) AS registered,
         (SELECT count(*) FROM sub JOIN organizations o ON o.id = sub.id WHERE sub.top = r.id AND o.level = 'local' AND o.status <> 'liquidated') AS locals,
         (SELECT count(*) FROM sub JOIN organizations o ON o.id = sub.id WHERE sub.top = r.id AND o.level = 'primary' AND o.status <> 'liquidated') AS primaries
    FROM organizations r WHERE r.level = 'regional'`;

describe('indicators of a whole-union file', () => {
  it('gives one row per regional organization, each with its own subtree’s figures', () => {
    const expected = db.prepare(REGION_SQL).all() as Array<{ code: string; registered: number; locals: number; primaries: number }>;
    expect(expected).toHaveLength(80);
    const table = computeIndicators(db, { level: 'regional' });
    expect(table.rows).toHaveLength(80);
    const byCode = new Map(table.rows.map((r) => [r.code, r]));
    for (const want of expected) {
      const row = byCode.get(want.code)!;
      expect(row.parentCode).toBe('0000001');
      expect(row.values.registered, want.code).toBe(want.registered);
      expect(row.values.localOrgs, want.code).toBe(want.locals);
      expect(row.values.primaryOrgs, want.code).toBe(want.primaries);
    }
    // Regions differ in size, so their rows must too (no region's figures copied to another).
    expect(new Set(table.rows.map((r) => r.values.registered)).size).toBeGreaterThan(40);
  });

  it('makes the union the total row: all members, the sum of the regions’ stat figures', () => {
    const table = computeIndicators(db, { level: 'regional' });
    const active = db.prepare('SELECT count(*) FROM members WHERE removed_on IS NULL').pluck().get() as number;
    expect(table.total).toMatchObject({ code: '0000001', level: 'union' });
    expect(table.total.values.registered).toBe(active);
    expect(table.rows.reduce((s, r) => s + r.values.registered!, 0)).toBe(active);
    expect(table.total.values.statMembers).toBe(table.rows.reduce((s, r) => s + r.values.statMembers!, 0));
    expect(table.total.values.localOrgs).toBe(computeIndicators(db, { level: 'local' }).rows.filter((r) => r.status !== 'liquidated').length);
  });

  it('gives the same figures from the stored snapshot', () => {
    const now = computeIndicators(db, { level: 'regional' });
    const snap = computeIndicators(db, { level: 'regional', snapshotId: 1 });
    expect(snap.rows.map((r) => [r.code, r.values])).toEqual(now.rows.map((r) => [r.code, r.values]));
  });

  it('profreestr metrics --level regional lists the 80 regions', async () => {
    const { code, stdout } = await runCaptured(['metrics', '--db', file, '--level', 'regional', '--json']);
    expect(code).toBe(0);
    const table = JSON.parse(stdout) as IndicatorTable;
    expect(table.rows).toHaveLength(80);
    expect(table.rows.every((r) => r.level === 'regional' && /областная организация/.test(r.name))).toBe(true);
  });
});
