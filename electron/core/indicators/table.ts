// From rolled-up counts to the rows users see: shares, coverage, tier, band, and the change
// against an earlier snapshot.
import {
  COUNT_KEYS,
  PERCENT_OF,
  type IndicatorChange,
  type IndicatorKey,
  type IndicatorRow,
  type IndicatorSource,
  type IndicatorTable,
  type MetricLevel,
  type OrgIdentity,
  type TierThresholds,
} from '../../../shared/domain/indicators';
import { bandOf, tierOf } from './classify';
import type { OrgFacts } from './facts';
import { rollUp, type RolledTree } from './rollup';

/** A count as a row shows it: NaN (not stored in an old snapshot) becomes null. */
const shown = (x: number | null | undefined): number | null => (x === null || x === undefined || Number.isNaN(x) ? null : x);

/** numerator / base × 100, or null where there is no base («нет данных», never 0 or Infinity). */
export function percentOf(count: number | null, base: number | null): number | null {
  if (count === null || base === null || base <= 0) return null;
  return (count / base) * 100;
}

// Flattened once: valuesOf runs for every organization (73,000 in a whole-union file).
const SHARES = (Object.keys(PERCENT_OF) as Array<keyof typeof PERCENT_OF>).map((key) => ({ key, ...PERCENT_OF[key] }));

export function valuesOf(counts: readonly number[], stat: number | null): IndicatorRow['values'] {
  const values = {} as Record<IndicatorKey, number | null>;
  for (let i = 0; i < COUNT_KEYS.length; i++) values[COUNT_KEYS[i]!] = shown(counts[i]);
  values.statMembers = stat;
  values.coverage = percentOf(values.registered, stat);
  for (const { key, count, base } of SHARES) values[key] = percentOf(values[count], values[base]);
  return values;
}

/** Absolute change and growth in % for every count and the stat figure; coverage in points. */
export function changeOf(now: IndicatorRow['values'], before: IndicatorRow['values']): Partial<Record<IndicatorKey, IndicatorChange>> {
  const change: Partial<Record<IndicatorKey, IndicatorChange>> = {};
  for (const key of [...COUNT_KEYS, 'statMembers'] as const) {
    const a = now[key];
    const b = before[key];
    if (a === null || b === null) continue;
    change[key] = { delta: a - b, growth: percentOf(a - b, b) };
  }
  if (now.coverage !== null && before.coverage !== null) change.coverage = { delta: now.coverage - before.coverage, growth: null };
  return change;
}

function rowOf(
  facts: OrgIdentity,
  counts: readonly number[],
  stat: number | null,
  thresholds: TierThresholds,
): IndicatorRow {
  const values = valuesOf(counts, stat);
  return {
    id: facts.id,
    code: facts.code,
    parentCode: facts.parentCode,
    level: facts.level,
    name: facts.name,
    shortName: facts.shortName,
    status: facts.status,
    chair: facts.chair,
    nameCases: facts.nameCases,
    values,
    tier: tierOf(values.coverage, values.registered, facts.status, thresholds),
    band: bandOf(values.coverage),
    change: null,
  };
}

export interface TableOptions {
  level: MetricLevel | 'all';
  thresholds: TierThresholds;
  source: IndicatorSource;
  /** Facts of the snapshot to compare with, and where they come from. */
  compare?: { facts: readonly OrgFacts[]; source: IndicatorSource } | null;
}

/** The total row: the root's facts when the file has one root, a neutral row otherwise. */
function totalRow(tree: RolledTree, facts: readonly OrgFacts[], thresholds: TierThresholds): IndicatorRow {
  const roots = facts.filter((f) => f.parentCode === null || !tree.byCode.has(f.parentCode));
  const only = roots.length === 1 ? roots[0]! : null;
  const base = only ?? {
    id: null,
    code: '',
    parentCode: null,
    level: 'union' as const,
    name: 'Итого',
    shortName: 'Итого',
    status: 'active' as const,
    chair: null,
    nameCases: null,
  };
  return rowOf(base, tree.total.counts, tree.total.stat, thresholds);
}

export function buildTable(facts: readonly OrgFacts[], options: TableOptions): IndicatorTable {
  const tree = rollUp(facts);
  const { thresholds } = options;
  const baseTree = options.compare ? rollUp(options.compare.facts) : null;
  const withChange = (row: IndicatorRow, before: { counts: number[]; stat: number | null } | undefined): IndicatorRow => {
    if (before) row.change = changeOf(row.values, valuesOf(before.counts, before.stat));
    return row;
  };
  const rows = tree.nodes
    .filter((n) => options.level === 'all' || n.facts.level === options.level)
    .map((n) => withChange(rowOf(n.facts, n.counts, n.stat, thresholds), baseTree?.byCode.get(n.facts.code)));
  const total = withChange(totalRow(tree, facts, thresholds), baseTree?.total);
  return {
    source: options.source,
    compareTo: options.compare?.source ?? null,
    level: options.level,
    thresholds,
    rows,
    total,
  };
}
