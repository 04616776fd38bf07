// Checks of single member fields that the file tests itself, in the shared member scan.
import { EDIT_TEXT } from '../../../../shared/edit/strings';
import { MEMBER_CATEGORY_LABELS } from '../../../../shared/domain/enums';
import { ageOn } from '../dates';
import { BIT, categoryMismatches, flagScan, type FlagRow } from '../member-scan';
import { QUALITY_ENGINE_TEXT as T } from '../strings';
import type { CheckContext, CheckDef, Finding } from '../types';

const L = EDIT_TEXT.member;

function flagCheck(id: CheckDef['id'], bit: number, describe: (r: FlagRow, ctx: CheckContext) => Omit<Finding, 'id' | 'orgId'>): CheckDef {
  return {
    id,
    run(ctx) {
      return flagScan(ctx)
        .filter((r) => (r.mask & bit) !== 0)
        .map((r) => ({ id: r.id, orgId: r.org_id, ...describe(r, ctx) }));
    },
  };
}

function birthProblem(birth: string, ctx: CheckContext): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birth)) return T.birthNotDate(birth);
  if (birth > ctx.today) return T.birthFuture(birth);
  return T.birthAge(birth, ageOn(birth, ctx.asOf));
}

export const MEMBER_FLAG_CHECKS: CheckDef[] = [
  flagCheck('member.categoryUnset', BIT.unset, () => ({ field: L.category, problem: T.categoryUnset })),
  {
    id: 'member.categoryMismatch',
    run: (ctx) =>
      categoryMismatches(ctx).map((r) => ({
        id: r.id,
        orgId: r.org_id,
        field: L.category,
        problem: r.category === 'student' ? T.studentInWorkers : T.workerInStudents(MEMBER_CATEGORY_LABELS[r.category]),
      })),
  },
  flagCheck('member.cardDelivered', BIT.card, (r, ctx) => ({
    field: L.cardStatus,
    problem: r.card_status_date ? T.cardSince(r.card_status_date, ctx.options.cardDays) : T.cardNoDate,
  })),
  flagCheck('member.refusedNoApp', BIT.refused, () => ({ field: L.cardStatus, problem: T.refusedNoApp })),
  flagCheck('member.birthDate', BIT.birth, (r, ctx) => ({ field: L.birthDate, problem: birthProblem(r.birth_date ?? '', ctx) })),
  flagCheck('member.noPdConsent', BIT.noConsent, () => ({ field: L.pdConsent, problem: T.noPdConsent })),
];
