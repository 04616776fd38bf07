// The synthetic demo region («Заозёрская областная организация Профсоюза»): a registry file a
// user can explore without real data, reproducible from (members, seed).
import { AppError } from '../../../shared/api/errors';
import { dayFromIso, dayNumber } from './dates';
import { REGION } from './places';
import { planRegion } from './region-plan';
import { REGION_SIZING } from './tree';
import { DEFAULT_DEMO_OPTIONS, type DemoOptions, type DemoShape, type DemoSummary, type RegionPlan } from './types';
import { UNION, planUnion } from './union';
import { writePlan, type WriteHooks } from './write';

export { DEFAULT_DEMO_OPTIONS };
export type { DemoOptions, DemoShape, DemoSummary, WriteHooks as DemoHooks };

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
  if (options.shape !== undefined && options.shape !== 'region' && options.shape !== 'union') {
    throw new AppError('bad_args', 'Вид демонстрационного файла — «region» (регион) или «union» (весь Профсоюз).');
  }
}

/** The whole file except member rows: one region, or the whole union (options.shape). */
export function buildDemoPlan(options: DemoOptions): RegionPlan {
  checkOptions(options);
  const { members, seed } = options;
  const asOf = dayFromIso(DEMO_AS_OF);
  const common = { asOf, registryStart: REGISTRY_START, seed };
  if (options.shape === 'union') return { root: UNION, orgs: planUnion(seed, members, asOf), ...common };
  const orgs = planRegion(seed, members, asOf, REGION_SIZING, REGION.codePrefix);
  return { root: { name: REGION.name, shortName: REGION.shortName }, orgs, ...common };
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
  return { organizations: plan.orgs.length, members: active, asOf: DEMO_AS_OF, regionName: plan.root.name };
}
