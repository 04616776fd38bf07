// Target (issue 6): every data-quality check over 200,000 members ≤ 1.5 s, duplicates and
// near-duplicates included. The file is opened (and migrated) before the clock starts; the
// measured work is one cold run of every check (the organization tree, both member scans, the
// duplicate groups, every finding).
import { CHECK_IDS } from '../../../shared/quality/catalog';
import { openRegistryDb } from '../../../electron/core/db/open';
import { checkSession, runChecks } from '../../../electron/core/quality/run';
import { measure } from '../measure';
import { cachedRegion } from './cached-region';

const members = Number(process.argv[2] ?? 200_000);
const db = openRegistryDb(cachedRegion(members));
void measure('quality-checks', async () => {
  const results = runChecks(checkSession(db, { cardDays: 60 }));
  const findings = [...results.values()].reduce((n, f) => n + f.length, 0);
  return { members, checks: CHECK_IDS.length, findings };
});
