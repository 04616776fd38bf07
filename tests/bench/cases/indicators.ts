// Targets (issue 4): all indicators for 200,000 members / ~5,000 organizations ≤ 300 ms; for a
// whole-union volume (3,800,000 members) ≤ 6 s. The file is opened (and migrated) before the
// clock starts; the measured work is one computation of every indicator of every organization.
import { openRegistryDb } from '../../../electron/core/db/open';
import { computeIndicators } from '../../../electron/core/indicators/compute';
import { measure } from '../measure';
import { cachedRegion } from './cached-region';

const members = Number(process.argv[2] ?? 200_000);
const db = openRegistryDb(cachedRegion(members));
void measure('indicators', async () => {
  const table = computeIndicators(db, { level: 'all' });
  return { members: table.total.values.registered ?? 0, organizations: table.rows.length };
});
