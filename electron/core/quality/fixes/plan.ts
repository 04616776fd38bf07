// The deterministic fixes: from a check's findings to the exact field changes, computed the same
// way for the preview and for the write. Names, phones and e-mails get what their parsers return
// (the check lists exactly the values the parser would rewrite, so the fix cannot disagree with
// it); the category follows the organization's kind; a delivered card becomes «выдан» today.
import type { FixId } from '../../../../shared/quality/catalog';
import type { MemberCategory } from '../../../../shared/domain/enums';
import { CONTACTS, nameReadings, readFields } from '../checks/member-text';
import { textScan } from '../member-scan';
import { isStudentsOrg } from '../orgs';
import type { CheckContext, Finding } from '../types';

export interface PlannedChange {
  id: number;
  orgId: number;
  /** The API field ('surname', 'phone', 'cardStatus'…). */
  field: string;
  before: string | number | null;
  after: string | null;
}

type Findings = (id: 'member.fioFormat' | 'member.contactFormat' | 'member.categoryUnset' | 'member.categoryMismatch' | 'member.cardDelivered') => Finding[];

/** What the parsers return for the listed members' names or contacts, where it differs. */
function fromParsers(ctx: CheckContext, what: 'names' | 'contacts', listed: ReadonlySet<number>): PlannedChange[] {
  const out: PlannedChange[] = [];
  for (const row of textScan(ctx)) {
    if (!listed.has(row.id)) continue;
    const readings = what === 'names' ? nameReadings(row) : readFields(row, CONTACTS);
    for (const { field, reading } of readings) {
      if (reading.kind === 'fix') out.push({ id: row.id, orgId: row.org_id, field, before: row[field], after: reading.value });
    }
  }
  return out;
}

function categoryFor(ctx: CheckContext, orgId: number): MemberCategory | null {
  const org = ctx.orgs.byId.get(orgId);
  if (!org || org.kind === null) return null;
  return isStudentsOrg(org) ? 'student' : 'working';
}

/**
 * The changes a fix makes, for the members it applies to (those its checks list, or of them the
 * given ids). The card fix applies to any given member whose card is «доставлен в регион».
 */
export function planFix(ctx: CheckContext, fix: FixId, findings: Findings, ids: readonly number[] | null): PlannedChange[] {
  const chosen = ids === null ? null : new Set(ids);
  const keep = (id: number) => chosen === null || chosen.has(id);
  const listed = (...checks: Parameters<Findings>[0][]) => new Set(checks.flatMap((c) => findings(c).map((f) => f.id)).filter(keep));
  switch (fix) {
    case 'fixFio':
      return fromParsers(ctx, 'names', listed('member.fioFormat'));
    case 'normalizeContacts':
      return fromParsers(ctx, 'contacts', listed('member.contactFormat'));
    case 'categoryFromOrg': {
      const targets = new Map<number, Finding>();
      for (const c of ['member.categoryUnset', 'member.categoryMismatch'] as const) for (const f of findings(c)) if (keep(f.id)) targets.set(f.id, f);
      const current = ctx.db.prepare('SELECT category FROM members WHERE id = ?').pluck();
      const out: PlannedChange[] = [];
      for (const f of [...targets.values()].sort((a, b) => a.id - b.id)) {
        const after = categoryFor(ctx, f.orgId);
        const before = current.get(f.id) as string;
        if (after !== null && after !== before) out.push({ id: f.id, orgId: f.orgId, field: 'category', before, after });
      }
      return out;
    }
    case 'issueCards': {
      const wanted = chosen === null ? findings('member.cardDelivered').map((f) => f.id) : [...chosen];
      const rows = ctx.db
        .prepare(
          `SELECT id, org_id, card_status_date FROM members
            WHERE card_status = 'delivered' AND removed_on IS NULL AND id IN (SELECT value FROM json_each(?)) ORDER BY id`,
        )
        .all(JSON.stringify(wanted)) as { id: number; org_id: number; card_status_date: string | null }[];
      return rows.flatMap((r) => [
        { id: r.id, orgId: r.org_id, field: 'cardStatus', before: 'delivered', after: 'issued' },
        { id: r.id, orgId: r.org_id, field: 'cardStatusDate', before: r.card_status_date, after: ctx.today },
      ]);
    }
  }
}
