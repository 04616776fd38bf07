// Indicator values as documents, tables and the CLI print them: «44 132», «87,45%», «нет данных»,
// and a change as «+1 234 (15,07%)».
import { formatInt, formatPercent } from '../ru';
import { isPercentKey, type IndicatorChange, type IndicatorKey } from './indicators';

export const NO_DATA = 'нет данных';

export function formatIndicator(key: IndicatorKey, value: number | null): string {
  if (value === null) return NO_DATA;
  return isPercentKey(key) ? formatPercent(value) : formatInt(value);
}

/** «+1 234 (15,07%)», «−5 (−0,50%)», «0»; coverage changes in points: «+2,15 п.п.». */
export function formatChange(key: IndicatorKey, change: IndicatorChange | undefined | null): string {
  if (!change) return NO_DATA;
  const sign = change.delta > 0 ? '+' : '';
  if (isPercentKey(key)) return `${sign}${formatPercent(change.delta).replace('%', '')}\u00a0п.п.`;
  const delta = `${sign}${formatInt(change.delta)}`;
  if (change.delta === 0 || change.growth === null) return delta;
  return `${delta} (${change.growth > 0 ? '+' : ''}${formatPercent(change.growth)})`;
}

