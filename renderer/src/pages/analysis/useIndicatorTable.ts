import { useEffect, useState } from 'react';
import type { SnapshotChoice } from '../../../../shared/api/methods/indicators';
import type { IndicatorTable, MetricLevel } from '../../../../shared/domain/indicators';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';

export interface TableQuery {
  level: MetricLevel | 'all';
  snapshotId: number | null;
  compareId: number | null;
}

/** The indicator table for a query, recomputed when the query or the thresholds change. */
export function useIndicatorTable(query: TableQuery, revision: number) {
  const report = useReportError();
  const [table, setTable] = useState<IndicatorTable | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let current = true;
    setLoading(true);
    send('indicators.table', query).then(
      (t) => {
        if (!current) return;
        setTable(t);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setLoading(false);
        report(err);
      },
    );
    return () => {
      current = false;
    };
  }, [query, revision, report]);
  return { table, loading };
}

/** The stored snapshots, newest first. */
export function useSnapshots(): SnapshotChoice[] {
  const report = useReportError();
  const [list, setList] = useState<SnapshotChoice[]>([]);
  useEffect(() => {
    let current = true;
    send('indicators.snapshots', {}).then((s) => current && setList(s), report);
    return () => {
      current = false;
    };
  }, [report]);
  return list;
}
