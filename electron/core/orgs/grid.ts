// The organization grid: every passport with its member counts rolled up the tree by the
// indicators module (members on registration, members by the stat report, coverage), in the
// tree's order, so the grid and the analysis page always show the same figures.
import type { Database } from 'better-sqlite3';
import type { OrgGridRow } from '../../../shared/api/methods/edit';
import { toOrganization, type OrganizationRecord } from '../db/rows';
import { currentAsOf, currentFacts } from '../indicators/current';
import { COUNT_INDEX } from '../indicators/facts';
import { rollUp } from '../indicators/rollup';
import { percentOf } from '../indicators/table';
import { ORG_TREE_ORDER } from './handlers';

const REGISTERED = COUNT_INDEX.registered;

export function orgGrid(db: Database): OrgGridRow[] {
  const records = db.prepare(`SELECT o.* FROM organizations o ORDER BY ${ORG_TREE_ORDER}`).all() as OrganizationRecord[];
  const facts = currentFacts(db, currentAsOf(db));
  const byId = new Map(rollUp(facts).nodes.map((n) => [n.facts.id, n]));
  return records.map((r) => {
    const node = byId.get(r.id);
    const own = node?.facts.own[REGISTERED] ?? 0;
    const total = node?.counts[REGISTERED] ?? own;
    const stat = node?.stat ?? null;
    return { ...toOrganization(r), ownMembers: own, totalMembers: total, stat, coverage: percentOf(total, stat) };
  });
}
