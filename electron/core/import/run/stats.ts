// Stat-report figures: matched to organizations by code, only the figures change.
import { cached } from '../../edit/tables';
import type { ResolvedMapping } from '../match/mapping';
import type { ImportRows } from '../rows/import-rows';
import { IMPORT_TEXT } from '../strings';
import { changedColumns, refuse, writeUpdate, type RunContext } from './context';
import { columnOf, columnPlan, columnsOf, convertedRows } from './rows';
import type { DbValue } from '../../../../shared/edit/fields';

export async function runStats(ctx: RunContext, source: ImportRows, mapping: ResolvedMapping): Promise<void> {
  const byCode = cached(ctx.db, 'SELECT id, name, stat_members, stat_employees, stat_auto_report FROM organizations WHERE code = ?');
  const seen = new Map<string, number>();
  const codeColumn = columnOf(mapping, 'code');
  const plan = columnPlan(mapping, ['code']);
  for await (const c of convertedRows(ctx, source)) {
    const code = c.values.get('code') as string | undefined;
    const fail = (reason: string, message: string) => refuse(ctx, c, reason, message, codeColumn);
    if (code === undefined) {
      fail(IMPORT_TEXT.reasons.required, IMPORT_TEXT.problems.requiredCode);
      continue;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      fail(IMPORT_TEXT.reasons.duplicate, IMPORT_TEXT.problems.duplicateCode(code, earlier));
      continue;
    }
    seen.set(code, c.row);
    const org = byCode.get(code) as (Record<string, DbValue> & { id: number; name: string }) | undefined;
    if (!org) {
      fail(IMPORT_TEXT.reasons.unknownOrg, IMPORT_TEXT.problems.unknownOrg(code));
      continue;
    }
    ctx.log.problems(c.problems);
    const changes = changedColumns(org, columnsOf(plan, c));
    writeUpdate(ctx, { kind: 'stats', entity: 'organization', id: org.id, stored: org, changes, row: c.row, key: code, name: org.name });
  }
}
