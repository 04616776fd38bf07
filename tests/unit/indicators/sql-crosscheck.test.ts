// The engine's figures against counts computed independently in SQL (recursive subtrees), on a
// generated demo region where some stat figures are removed to exercise the children's-sum rule.
import type { Database } from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNT_KEYS, type CountKey } from '../../../shared/domain/indicators';
import { openRegistryDb } from '../../../electron/core/db/open';
import { writeDemoRegion } from '../../../electron/core/demo';
import { computeIndicators } from '../../../electron/core/indicators/compute';
import { tempDir } from '../../fixtures/temp';

let db: Database;
let cleanup: () => void;

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const file = path.join(t.dir, 'demo.profreestr');
  await writeDemoRegion(file, { members: 6000, seed: 7 });
  db = openRegistryDb(file);
  // Locals and the root lose their own figure: theirs must become the sum of their children's.
  db.prepare("UPDATE organizations SET stat_members = NULL WHERE level IN ('regional', 'local')").run();
  // A few primaries lose theirs too, so some locals sum only part of their children.
  db.prepare("UPDATE organizations SET stat_members = NULL WHERE level = 'primary' AND id % 7 = 0").run();
  // A card status may be empty in imported data: such a member counts in no card indicator.
  db.prepare('UPDATE members SET card_status = NULL WHERE id % 13 = 0').run();
});
afterAll(() => {
  db.close();
  cleanup();
});

const SUBTREE = `WITH RECURSIVE sub(top, id) AS (
  SELECT id, id FROM organizations
  UNION ALL
  SELECT sub.top, c.id FROM sub JOIN organizations c ON c.parent_id = sub.id)`;

const MEMBER_SQL: Partial<Record<CountKey, string>> = {
  registered: '1',
  working: "m.category = 'working'",
  students: "m.category = 'student'",
  pensioners: "m.category = 'pensioner'",
  categoryUnset: "m.category = 'unset'",
  cardsProduced: "m.card_status IN ('produced', 'delivered', 'issued')",
  cardsDelivered: "m.card_status = 'delivered'",
  cardsIssued: "m.card_status = 'issued'",
  cardsRefused: "m.card_status = 'refused'",
  refusedNoApp: "m.card_status = 'refused' AND m.app_installed = 0",
  virtualCards: 'm.app_installed = 1',
  profcards: 'm.profcards = 1',
  pdConsent: 'm.pd_consent = 1',
  mailingConsent: 'm.mailing_consent = 1',
  joinedOnline: 'm.joined_online = 1',
};

describe('indicators agree with independent SQL', () => {
  it('every member count of every organization’s subtree', () => {
    const keys = Object.keys(MEMBER_SQL) as CountKey[];
    const sql = `${SUBTREE}
      SELECT o.code, ${keys.map((k) => `coalesce(sum(CASE WHEN m.id IS NOT NULL AND (${MEMBER_SQL[k]}) THEN 1 ELSE 0 END), 0) AS ${k}`).join(', ')}
        FROM organizations o JOIN sub ON sub.top = o.id
        LEFT JOIN members m ON m.org_id = sub.id AND m.removed_on IS NULL
       GROUP BY o.id`;
    const expected = new Map((db.prepare(sql).all() as Array<Record<string, number | string>>).map((r) => [r.code, r]));
    const table = computeIndicators(db, { level: 'all' });
    expect(table.rows).toHaveLength(expected.size);
    let nonZero = 0;
    for (const row of table.rows) {
      const want = expected.get(row.code)!;
      for (const k of keys) expect(row.values[k], `${row.code} ${k}`).toBe(want[k]);
      if (row.values.cardsRefused! > 0) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(10);
  });

  it('stat figures (own, else the children’s sum) and coverage', () => {
    const sql = `WITH RECURSIVE walk(top, id, stat) AS (
        SELECT id, id, stat_members FROM organizations
        UNION ALL
        SELECT walk.top, c.id, c.stat_members FROM walk JOIN organizations c ON c.parent_id = walk.id WHERE walk.stat IS NULL)
      SELECT o.code, (SELECT sum(stat) FROM walk WHERE walk.top = o.id) AS stat,
             (${SUBTREE} SELECT count(*) FROM sub JOIN members m ON m.org_id = sub.id
               WHERE sub.top = o.id AND m.removed_on IS NULL) AS registered
        FROM organizations o`;
    const rows = db.prepare(sql).all() as Array<{ code: string; stat: number | null; registered: number }>;
    const table = computeIndicators(db, { level: 'all' });
    const byCode = new Map(table.rows.map((r) => [r.code, r]));
    let withoutFigure = 0;
    for (const want of rows) {
      const got = byCode.get(want.code)!;
      expect(got.values.statMembers, want.code).toBe(want.stat);
      if (want.stat === null || want.stat === 0) {
        expect(got.values.coverage).toBeNull();
        withoutFigure++;
      } else {
        expect(got.values.coverage!).toBeCloseTo((want.registered / want.stat) * 100, 9);
      }
    }
    // Units under primaries that lost their figure have their own; primaries with no units and no
    // figure have none.
    expect(withoutFigure).toBeGreaterThan(0);
    const root = table.rows.find((r) => r.level === 'regional')!;
    expect(root.values.statMembers).toBeGreaterThan(0);
  });

  it('organization counts: empty primaries, chair tab, automatic stat reports', () => {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const total = computeIndicators(db, { level: 'all' }).total.values;
    const active = "status <> 'liquidated'";
    expect(total.primaryOrgs).toBe(one(`SELECT count(*) AS n FROM organizations WHERE level = 'primary' AND ${active}`));
    expect(total.localOrgs).toBe(one(`SELECT count(*) AS n FROM organizations WHERE level = 'local' AND ${active}`));
    expect(total.primaryEmpty).toBe(
      one(`${SUBTREE} SELECT count(*) AS n FROM organizations o WHERE o.level = 'primary' AND o.${active} AND NOT EXISTS (
             SELECT 1 FROM sub JOIN members m ON m.org_id = sub.id WHERE sub.top = o.id AND m.removed_on IS NULL)`),
    );
    expect(total.chairMissing).toBe(one(`SELECT count(*) AS n FROM organizations WHERE coalesce(trim(chair_surname), '') = '' AND ${active}`));
    expect(total.chairTermExpired).toBe(
      one(`SELECT count(*) AS n FROM organizations WHERE chair_surname IS NOT NULL AND chair_term_end < (SELECT max(as_of) FROM snapshots) AND ${active}`),
    );
    expect(total.primaryAutoReport).toBe(one(`SELECT count(*) AS n FROM organizations WHERE level = 'primary' AND stat_auto_report = 1 AND ${active}`));
    expect(total.primaryEmpty).toBeGreaterThan(0);
    for (const k of COUNT_KEYS) expect(total[k], k).not.toBeNull();
  });
});
