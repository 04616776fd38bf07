// The one entry point: indicators of a level for the current data or a stored snapshot,
// optionally compared with another snapshot. Used by the API, the CLI and the documents.
import type { Database } from 'better-sqlite3';
import type { IndicatorSource, IndicatorTable, MetricLevel, TierThresholds } from '../../../shared/domain/indicators';
import { currentAsOf, currentFacts } from './current';
import type { OrgFacts } from './facts';
import { snapshotFacts } from './snapshot';
import { buildTable } from './table';
import { readThresholds } from './thresholds';

export interface ComputeOptions {
  level: MetricLevel | 'all';
  /** A stored snapshot instead of the current data. */
  snapshotId?: number | null;
  /** A stored snapshot to compare with. */
  compareId?: number | null;
  /** Thresholds other than the file's. */
  thresholds?: TierThresholds | null;
}

function load(db: Database, snapshotId: number | null | undefined): { facts: OrgFacts[]; source: IndicatorSource } {
  if (snapshotId === null || snapshotId === undefined) {
    const asOf = currentAsOf(db);
    return { facts: currentFacts(db, asOf), source: { kind: 'current', snapshotId: null, asOf } };
  }
  const { asOf, facts } = snapshotFacts(db, snapshotId);
  return { facts, source: { kind: 'snapshot', snapshotId, asOf } };
}

export function computeIndicators(db: Database, options: ComputeOptions): IndicatorTable {
  const { facts, source } = load(db, options.snapshotId);
  const compare = options.compareId === null || options.compareId === undefined ? null : load(db, options.compareId);
  return buildTable(facts, {
    level: options.level,
    thresholds: options.thresholds ?? readThresholds(db),
    source,
    compare,
  });
}
