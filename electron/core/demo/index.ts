// The synthetic demo region («Заозёрская областная организация Профсоюза»): a registry file a
// user can explore without real data, reproducible from (members, seed).
import { AppError } from '../../../shared/api/errors';
import { assignChairs } from './chairs';
import { dayFromIso, dayNumber } from './dates';
import { REGION } from './places';
import { Random } from './random';
import { assignStats } from './stats';
import { assignTiers, allocateMembers } from './tiers';
import { buildTree } from './tree';
import { DEFAULT_DEMO_OPTIONS, type DemoOptions, type DemoSummary, type RegionPlan } from './types';
import { writePlan, type WriteHooks } from './write';

export { DEFAULT_DEMO_OPTIONS };
export type { DemoOptions, DemoSummary, WriteHooks as DemoHooks };

/** The snapshot date of the demo: the last quarterly stat-report date (01.10) of 2026. */
export const DEMO_AS_OF = '2026-10-01';
/** Electronic registration in the demo region started with the 2020 campaign. */
const REGISTRY_START = dayNumber(2020, 1, 15);
/** A region bigger than the biggest real one (~200,000) is still allowed, within reason. */
const MAX_MEMBERS = 5_000_000;

function checkOptions(options: DemoOptions): void {
  if (!Number.isSafeInteger(options.members) || options.members < 0 || options.members > MAX_MEMBERS) {
    throw new AppError('bad_args', `Число членов Профсоюза в демонстрационном регионе — целое от 0 до ${MAX_MEMBERS}.`);
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw new AppError('bad_args', 'Зерно демонстрационного региона должно быть целым числом.');
  }
}

/**
 * The whole region except member rows. Each step draws from its own random stream, so changing
 * one (say, chair e-mails) does not reshuffle the others.
 */
export function buildDemoPlan(options: DemoOptions): RegionPlan {
  checkOptions(options);
  const { members, seed } = options;
  const asOf = dayFromIso(DEMO_AS_OF);
  const orgs = buildTree(new Random(seed, 'tree'), members, seed);
  assignChairs(new Random(seed, 'chairs'), orgs, asOf);
  assignTiers(new Random(seed, 'tiers'), orgs);
  allocateMembers(new Random(seed, 'allocation'), orgs, members);
  assignStats(new Random(seed, 'stats'), orgs);
  return { orgs, asOf, registryStart: REGISTRY_START, seed };
}

/**
 * Creates (or replaces, only on success) a demo registry at filePath. `members` counts every
 * card written, removed ones included; the summary's `members` is those on registration, as
 * the snapshot and the status bar count them.
 */
export async function writeDemoRegion(
  filePath: string,
  options: DemoOptions,
  hooks: WriteHooks = {},
): Promise<DemoSummary> {
  const plan = buildDemoPlan(options);
  const active = await writePlan(filePath, plan, hooks);
  return { organizations: plan.orgs.length, members: active, asOf: DEMO_AS_OF, regionName: REGION.name };
}
