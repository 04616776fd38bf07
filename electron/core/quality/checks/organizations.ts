// Checks of organization passports and of the tree. Liquidated organizations are checked by
// nothing here but their members (an organization that no longer exists needs no chair); the
// chair's term and e-mail are checked only where a chair is entered, as the indicators count them.
import { EDIT_TEXT } from '../../../../shared/edit/strings';
import { parseEmail } from '../../../../shared/values';
import { COUNT_INDEX } from '../../indicators/facts';
import type { OrgInfo } from '../orgs';
import { QUALITY_ENGINE_TEXT as T } from '../strings';
import type { CheckContext, CheckDef, Finding } from '../types';

const L = EDIT_TEXT.organization;

function orgCheck(id: CheckDef['id'], test: (o: OrgInfo, ctx: CheckContext) => { field: string | null; problem: string } | null): CheckDef {
  return {
    id,
    run(ctx) {
      const out: Finding[] = [];
      for (const o of ctx.orgs.list) {
        if (o.status === 'liquidated') continue;
        const found = test(o, ctx);
        if (found) out.push({ id: o.id, orgId: o.id, ...found });
      }
      return out;
    },
  };
}

const flag = (o: OrgInfo, key: 'chairMissing' | 'chairNoTerm' | 'chairTermExpired'): boolean => o.flags[COUNT_INDEX[key]] === 1;
const hasChair = (o: OrgInfo): boolean => !flag(o, 'chairMissing');

export const ORGANIZATION_CHECKS: CheckDef[] = [
  orgCheck('org.chairMissing', (o) => (flag(o, 'chairMissing') ? { field: null, problem: T.chairMissing } : null)),
  orgCheck('org.termMissing', (o) => (flag(o, 'chairNoTerm') ? { field: L.chairTermEnd, problem: T.termMissing } : null)),
  orgCheck('org.termExpired', (o, ctx) =>
    flag(o, 'chairTermExpired') ? { field: L.chairTermEnd, problem: T.termExpired(o.chairTermEnd ?? '', ctx.asOf) } : null,
  ),
  orgCheck('org.chairNoEmail', (o) => (hasChair(o) && (o.chairEmail ?? '').trim() === '' ? { field: L.chairEmail, problem: T.noEmail } : null)),
  orgCheck('org.chairBadEmail', (o) => {
    if (!hasChair(o) || (o.chairEmail ?? '').trim() === '') return null;
    const parsed = parseEmail(o.chairEmail);
    return parsed.ok ? null : { field: L.chairEmail, problem: parsed.problem };
  }),
  orgCheck('org.chairNoConsent', (o) => (hasChair(o) && o.chairEmailConsent !== 1 ? { field: L.chairEmailConsent, problem: T.noConsent } : null)),
  orgCheck('org.primaryEmpty', (o) => (o.level === 'primary' && o.registered === 0 ? { field: null, problem: T.primaryEmpty } : null)),
  orgCheck('org.coverageOver', (o) =>
    o.coverage !== null && o.coverage > 100 ? { field: L.statMembers, problem: T.coverageOver(o.registered, o.stat ?? 0, o.coverage) } : null,
  ),
  orgCheck('org.emptyLeaf', (o) =>
    o.level !== 'primary' && o.children === 0 && o.ownMembers === 0 ? { field: null, problem: T.emptyLeaf } : null,
  ),
  {
    id: 'org.liquidatedMembers',
    run(ctx) {
      const liquidated = ctx.orgs.list.filter((o) => o.status === 'liquidated' && o.ownMembers > 0).map((o) => o.id);
      if (liquidated.length === 0) return [];
      const rows = ctx.db
        .prepare(
          `SELECT id, org_id FROM members WHERE removed_on IS NULL AND org_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
        )
        .raw()
        .all(JSON.stringify(liquidated)) as [number, number][];
      return rows.map(([id, orgId]) => ({ id, orgId, field: EDIT_TEXT.member.orgName, problem: T.liquidated }));
    },
  },
];
