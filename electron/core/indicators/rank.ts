// Rankings by any indicator: highest first, equal values share a place and the next place is
// skipped (1, 1, 3), organizations without a value come last with no place.
import type { IndicatorKey, IndicatorRow } from '../../../shared/domain/indicators';

export interface Ranked {
  row: IndicatorRow;
  place: number | null;
  value: number | null;
}

export function rankBy(rows: readonly IndicatorRow[], key: IndicatorKey): Ranked[] {
  const sorted = [...rows].sort((a, b) => {
    const x = a.values[key];
    const y = b.values[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return y - x || a.name.localeCompare(b.name, 'ru');
  });
  let place = 0;
  let previous: number | null = null;
  return sorted.map((row, i) => {
    const value = row.values[key];
    if (value === null) return { row, place: null, value };
    if (value !== previous) place = i + 1;
    previous = value;
    return { row, place, value };
  });
}
