import path from 'node:path';
import { formatChange, formatIndicator } from '../../../shared/domain/indicator-format';
import {
  BAND_LABELS,
  INDICATOR_KEYS,
  INDICATOR_LABELS,
  METRIC_LEVELS,
  TIER_LABELS,
  type IndicatorTable,
  type MetricLevel,
} from '../../../shared/domain/indicators';
import { formatDateNumeric } from '../../../shared/ru';
import type { Core } from '../../core';
import { requireRegistry } from '../../core/handlers';
import { computeIndicators } from '../../core/indicators/compute';
import { integerOption, parseOptions, requireOption } from '../args';
import { UsageError, type Output } from '../output';
import { CLI_TEXT } from '../strings';

export function parseLevel(value: string | undefined): MetricLevel | 'all' {
  if (value === undefined) return 'local';
  if (value === 'all' || (METRIC_LEVELS as readonly string[]).includes(value)) return value as MetricLevel | 'all';
  throw new UsageError(CLI_TEXT.badLevel(value));
}

/** Tab-separated: pastes into Excel as a table, and reads in a terminal. */
function asText(table: IndicatorTable): string {
  const changed = table.compareTo !== null;
  const header = ['Код', 'Наименование', 'Код вышестоящей', 'Группа', 'Диапазон', ...INDICATOR_KEYS.map((k) => INDICATOR_LABELS[k])];
  if (changed) header.push(...INDICATOR_KEYS.map((k) => `Изменение: ${INDICATOR_LABELS[k]}`));
  const lines = [header.join('\t')];
  for (const r of [...table.rows, table.total]) {
    const cells = [
      r === table.total ? 'Итого' : r.code,
      r.name,
      r.parentCode ?? '',
      TIER_LABELS[r.tier],
      r.band ? BAND_LABELS[r.band] : '',
      ...INDICATOR_KEYS.map((k) => formatIndicator(k, r.values[k])),
    ];
    if (changed) cells.push(...INDICATOR_KEYS.map((k) => (r.change?.[k] ? formatChange(k, r.change[k]) : '')));
    lines.push(cells.join('\t'));
  }
  const source = table.source.kind === 'current' ? 'текущие данные' : `срез № ${table.source.snapshotId}`;
  const compare = table.compareTo ? `, сравнение со срезом № ${table.compareTo.snapshotId} на ${formatDateNumeric(table.compareTo.asOf)}` : '';
  return `${CLI_TEXT.metricsTitle(source, formatDateNumeric(table.source.asOf))}${compare}\n${lines.join('\n')}`;
}

export async function metricsCommand(argv: string[], out: Output, core: Core): Promise<void> {
  const opts = parseOptions(argv, {
    db: { type: 'string' },
    level: { type: 'string' },
    snapshot: { type: 'string' },
    compare: { type: 'string' },
  });
  const level = parseLevel(opts.level);
  const snapshotId = opts.snapshot === undefined ? null : integerOption(opts.snapshot, 'snapshot', 0, 1, Number.MAX_SAFE_INTEGER);
  const compareId = opts.compare === undefined ? null : integerOption(opts.compare, 'compare', 0, 1, Number.MAX_SAFE_INTEGER);
  await core.invoke('registry.open', { path: path.resolve(requireOption(opts.db, 'db')) });
  const table = computeIndicators(requireRegistry(core.state).db, { level, snapshotId, compareId });
  out.result(table, asText(table));
}
