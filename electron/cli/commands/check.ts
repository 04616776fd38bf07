import path from 'node:path';
import { isCheckId, severityLabel } from '../../../shared/quality/catalog';
import { formatDateNumeric, formatInt } from '../../../shared/ru';
import type { Core } from '../../core';
import { integerOption, parseOptions, requireOption } from '../args';
import { UsageError, type Output } from '../output';
import { CLI_TEXT } from '../strings';

/** `check`: every data-quality check with its count, or one check's affected rows (tab-separated, pastes into Excel). */
export async function checkCommand(argv: string[], out: Output, core: Core): Promise<void> {
  const opts = parseOptions(argv, { db: { type: 'string' }, check: { type: 'string' }, 'card-days': { type: 'string' } });
  const checkId = opts.check;
  if (checkId !== undefined && !isCheckId(checkId)) throw new UsageError(CLI_TEXT.badCheck(checkId));
  const cardDays = opts['card-days'] === undefined ? undefined : integerOption(opts['card-days'], 'card-days', 60, 1, 3650);
  await core.invoke('registry.open', { path: path.resolve(requireOption(opts.db, 'db')) });
  const report = await core.invoke('quality.run', { cardDays, checks: checkId === undefined ? undefined : [checkId] });
  const title = CLI_TEXT.checkTitle(formatDateNumeric(report.asOf), report.cardDays);
  if (checkId === undefined) {
    const lines = report.checks.map((c) => [c.id, severityLabel(c.severity), formatInt(c.count), c.title].join('\t'));
    out.result(report, [title, CLI_TEXT.checkHeader.join('\t'), ...lines].join('\n'));
    return;
  }
  const check = report.checks[0]!;
  const { rows } = await core.invoke('quality.rows', { checkId, cardDays, limit: 1_000_000 });
  const lines = rows.map((r) => [r.id, r.who, r.orgName, r.field ?? '', r.problem].join('\t'));
  out.result(
    { asOf: report.asOf, cardDays: report.cardDays, check, rows },
    [`${check.title}: ${formatInt(check.count)}`, CLI_TEXT.checkRowsHeader.join('\t'), ...lines].join('\n'),
  );
}
