// How complete each local organization's registry is, and how many member cards each
// organization gets. Locals are spread over every tier a presidium resolution lists
// (внесли всех; близки к завершению; слабая работа; работа не ведётся), so every
// indicator, list and document has something to show.
import { apportion } from './apportion';
import type { Random } from './random';
import { STUDENT_PROFILES, type OrgPlan, type Tier } from './types';

/** Students are ~20% of all members; the other categories live in workers' organizations. */
const STUDENT_SHARE = 0.206;
/** Share of member cards removed from registration (снятые с учёта). */
const REMOVED_SHARE = 0.02;

export function assignTiers(rng: Random, orgs: OrgPlan[]): void {
  const locals = orgs.filter((o) => o.level === 'local');
  const n = locals.length;
  const zero = Math.max(1, Math.round(n * 0.07));
  const over = Math.max(1, Math.round(n * 0.1));
  const complete = Math.max(1, Math.round(n * 0.18));
  const near = Math.max(1, Math.round(n * 0.3));

  // «Работа не ведётся» only happens in district organizations, never in the regional centre.
  const order = rng.shuffle(locals);
  const zeroFirst = [...order.filter((o) => o.kind === 'district_org'), ...order.filter((o) => o.kind !== 'district_org')];
  const zeroSet = new Set(zeroFirst.slice(0, zero));
  const rest = order.filter((o) => !zeroSet.has(o));
  const tiers: Array<[Tier, number]> = [
    ['over', over],
    ['complete', complete],
    ['near', near],
  ];
  let k = 0;
  for (const [tier, count] of tiers) {
    for (let i = 0; i < count && k < rest.length; i++) rest[k++]!.tier = tier;
  }
  for (; k < rest.length; k++) rest[k]!.tier = 'weak';
  for (const o of zeroSet) o.tier = 'zero';

  // One or two locals are being liquidated: like «Табунская (в стадии ликвидации)» in the
  // model resolution, one has no members registered at all.
  const zeroLocal = zeroFirst[0];
  if (zeroLocal) zeroLocal.status = 'liquidating';
  const weakLocal = rest.find((o) => o.tier === 'weak' && o.kind === 'district_org');
  if (weakLocal && n >= 20) weakLocal.status = 'liquidating';
}

/** Decides how many member cards each primary organization and unit gets, and how many are removed. */
export function allocateMembers(rng: Random, orgs: OrgPlan[], total: number): void {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const tierOf = (o: OrgPlan): Tier | null => (o.localId === null ? null : (byId.get(o.localId)?.tier ?? null));

  // Which organizations hold members: none in a «zero» local; in a weak one a third of the
  // primaries are still empty; elsewhere an occasional primary has nobody registered.
  const holders: OrgPlan[] = [];
  const seenLocal = new Set<number>();
  for (const o of orgs) {
    if (o.level !== 'primary' && o.level !== 'unit') continue;
    const tier = tierOf(o);
    if (tier === 'zero') continue;
    const firstInLocal = o.localId !== null && !seenLocal.has(o.localId);
    if (o.localId !== null) seenLocal.add(o.localId);
    if (!firstInLocal && o.localId !== null && rng.chance(tier === 'weak' ? 0.35 : 0.02)) continue;
    holders.push(o);
  }

  const students = holders.filter((o) => STUDENT_PROFILES.has(o.profile));
  const workers = holders.filter((o) => !STUDENT_PROFILES.has(o.profile));
  const studentQuota = students.length === 0 ? 0 : workers.length === 0 ? total : Math.round(total * STUDENT_SHARE);
  const share = (group: OrgPlan[], quota: number): void => {
    const parts = apportion(
      quota,
      group.map((o) => o.size),
    );
    group.forEach((o, i) => {
      o.members = parts[i]!;
    });
  };
  share(students, studentQuota);
  share(workers, total - studentQuota);

  for (const o of orgs) {
    if (o.members === 0) continue;
    // The chair (generated as the first card) is never removed.
    const removable = o.chair ? o.members - 1 : o.members;
    let removed = 0;
    for (let i = 0; i < removable; i++) if (rng.chance(REMOVED_SHARE)) removed++;
    o.removed = removed;
  }
}
