// Stat-report figures on 1 January (members, employees or students, automatic report) for every
// organization. They are derived from the members actually generated, so each local lands in
// the tier chosen for it: coverage = active members in the subtree / stat_members.
import { apportion } from './apportion';
import type { Random } from './random';
import type { OrgPlan, Tier } from './types';

const active = (o: OrgPlan): number => o.members - o.removed;

/** The local's stat-report figure that puts its coverage inside its tier. */
export function localTarget(rng: Random, tier: Tier, registered: number, plannedSize: number): number {
  const a = registered;
  switch (tier) {
    case 'zero':
      return Math.max(1, Math.round(plannedSize));
    case 'complete':
      return a;
    case 'over': {
      // Slightly above 100%: records that should have been removed (100,5–103,5%).
      const t = Math.floor(a / rng.range(1.005, 1.035));
      return t >= a ? Math.max(a - 1, 1) : Math.max(t, 1);
    }
    case 'near': {
      // 85% ≤ coverage < 100%.
      const hi = Math.floor(a / 0.85);
      if (hi < a + 1) return a;
      return Math.min(hi, Math.max(a + 1, Math.ceil(a / rng.range(0.86, 0.995))));
    }
    case 'weak': {
      // 0 < coverage < 85%.
      const lo = Math.floor(a / 0.85) + 1;
      return Math.max(lo, Math.ceil(a / rng.range(0.15, 0.8)));
    }
  }
}

export function assignStats(rng: Random, orgs: OrgPlan[]): void {
  const byLocal = new Map<number, OrgPlan[]>();
  for (const o of orgs) {
    if (o.level === 'primary' && o.localId !== null) {
      const list = byLocal.get(o.localId) ?? [];
      list.push(o);
      byLocal.set(o.localId, list);
    }
  }
  const byId = new Map(orgs.map((o) => [o.id, o]));

  // Own figures of primaries and units: roughly what is registered, give or take people not yet
  // entered or not yet removed; an empty primary reports what it would have.
  for (const o of orgs) {
    if (o.level !== 'primary' && o.level !== 'unit') continue;
    const a = active(o);
    o.statMembers = a > 0 ? Math.max(1, Math.round(a / rng.range(0.85, 1.03))) : Math.max(1, Math.round(o.size));
  }

  // Locals: the tier decides the total, which is then shared among the primaries in proportion
  // to what each has (so the local's figure is exactly the sum of its primaries').
  for (const [localId, primaries] of byLocal) {
    const local = byId.get(localId)!;
    const registered = primaries.reduce((s, p) => s + active(p), 0);
    const planned = primaries.reduce((s, p) => s + p.size, 0);
    const tier: Tier = registered === 0 ? 'zero' : (local.tier ?? 'complete');
    const target = localTarget(rng, tier, registered, planned);
    const weights = primaries.map((p) => (active(p) > 0 ? active(p) * rng.range(0.9, 1.1) : p.size));
    const parts = tier === 'zero' ? apportion(target, primaries.map((p) => p.size)) : apportion(target, weights);
    if (tier === 'complete') {
      // Exactly 100% for the local; its primaries match one by one, as after a finished cleanup.
      primaries.forEach((p) => (p.statMembers = active(p)));
    } else {
      primaries.forEach((p, i) => (p.statMembers = parts[i]!));
    }
  }

  for (const o of orgs) {
    if (o.level === 'primary' || o.level === 'unit') {
      o.statEmployees = Math.max(o.statMembers, Math.round(Math.max(o.statMembers, 1) / o.density));
    } else {
      // Upper levels report the sums of their children (rolled up below).
      o.statMembers = 0;
      o.statEmployees = 0;
    }
  }
  // Children always come after their parent, so walking backwards rolls figures up the tree.
  for (let i = orgs.length - 1; i >= 0; i--) {
    const o = orgs[i]!;
    if (o.parentId === null) continue;
    const parent = byId.get(o.parentId)!;
    parent.statMembers += o.statMembers;
    parent.statEmployees += o.statEmployees;
  }

  for (const o of orgs) {
    const local = o.localId === null ? null : byId.get(o.localId);
    const tier = local?.tier ?? null;
    if (o.level === 'regional') o.statAutoReport = 1;
    else if (tier === 'zero') o.statAutoReport = 0;
    else o.statAutoReport = rng.chance(o.level === 'local' ? 0.85 : tier === 'weak' ? 0.35 : 0.75) ? 1 : 0;
  }
}
