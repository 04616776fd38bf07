// Shared helpers of the demo-region tests: read a generated file and compute what documents
// compute (coverage of local organizations by the registry).
import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';

export function openReadonly(file: string): BetterSqlite3.Database {
  return new BetterSqlite3(file, { readonly: true, fileMustExist: true });
}

/** Every row of every table, in rowid order: two equal dumps mean equal data. */
export function dumpTables(file: string): Record<string, unknown[]> {
  const db = openReadonly(file);
  try {
    const out: Record<string, unknown[]> = {};
    for (const t of ['organizations', 'members', 'snapshots', 'settings', 'changes', 'documents']) {
      out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all();
    }
    return out;
  } finally {
    db.close();
  }
}

export interface LocalCoverage {
  id: number;
  name: string;
  status: string;
  stat: number;
  active: number;
}

/** Active members in each local organization's subtree against its stat-report figure. */
export function localCoverage(db: BetterSqlite3.Database): LocalCoverage[] {
  return db
    .prepare(
      `WITH RECURSIVE sub(root, id) AS (
         SELECT id, id FROM organizations WHERE level = 'local'
         UNION ALL
         SELECT sub.root, o.id FROM organizations o JOIN sub ON o.parent_id = sub.id
       )
       SELECT l.id, l.short_name AS name, l.status, l.stat_members AS stat,
              (SELECT count(*) FROM members m JOIN sub ON m.org_id = sub.id
                WHERE sub.root = l.id AND m.removed_on IS NULL) AS active
       FROM organizations l WHERE l.level = 'local' ORDER BY l.id`,
    )
    .all() as LocalCoverage[];
}

export type CoverageTier = 'zero' | 'full' | 'near' | 'weak';

/** The tiers of a presidium resolution: внесли всех (≥100%), близки (85–100%), слабая, ноль. */
export function tierOf(c: LocalCoverage): CoverageTier {
  if (c.active === 0) return 'zero';
  const ratio = c.active / c.stat;
  return ratio >= 1 ? 'full' : ratio >= 0.85 ? 'near' : 'weak';
}

/** Files in a folder, for «nothing left behind» checks. */
export function listDir(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}
