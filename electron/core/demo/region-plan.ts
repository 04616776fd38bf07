// One region's organizations with everything but the member rows: the demo region itself, and
// each region of a whole-union file (union.ts).
import { assignChairs } from './chairs';
import { Random } from './random';
import { assignStats } from './stats';
import { assignTiers, allocateMembers } from './tiers';
import { buildTree } from './tree';
import type { OrgPlan, TreeSizing } from './types';

/**
 * Each step draws from its own random stream, so changing one (say, chair e-mails) does not
 * reshuffle the others.
 */
export function planRegion(seed: number, members: number, asOf: number, sizing: TreeSizing, codePrefix: string): OrgPlan[] {
  const orgs = buildTree(new Random(seed, 'tree'), members, seed, sizing, codePrefix);
  assignChairs(new Random(seed, 'chairs'), orgs, asOf);
  assignTiers(new Random(seed, 'tiers'), orgs);
  allocateMembers(new Random(seed, 'allocation'), orgs, members);
  assignStats(new Random(seed, 'stats'), orgs);
  return orgs;
}
