// Every check, by id: one small file per group, joined here in the catalogue's order.
import { CHECK_IDS, type CheckId } from '../../../shared/quality/catalog';
import { DUPLICATE_CHECKS } from './checks/duplicates';
import { MEMBER_FLAG_CHECKS } from './checks/member-flags';
import { MEMBER_TEXT_CHECKS } from './checks/member-text';
import { ORGANIZATION_CHECKS } from './checks/organizations';
import type { CheckDef } from './types';

const ALL: readonly CheckDef[] = [...ORGANIZATION_CHECKS, ...MEMBER_FLAG_CHECKS, ...MEMBER_TEXT_CHECKS, ...DUPLICATE_CHECKS];

export const CHECKS: ReadonlyMap<CheckId, CheckDef> = new Map(CHECK_IDS.map((id) => [id, ALL.find((c) => c.id === id)!]));

/** Ids of the definitions, in the order written: tests compare them with the catalogue. */
export const DEFINED_CHECK_IDS: readonly CheckId[] = ALL.map((c) => c.id);
