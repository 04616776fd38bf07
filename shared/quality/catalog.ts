// The catalogue of data-quality checks and fixes: ids, groups, severities, which records a check
// points at and which fix it offers. Texts are in strings.ts. Shared by the engine, the CLI and
// the «Качество данных» page, so a check is called the same everywhere.
import type { Entity } from '../edit/fields';
import { QUALITY_TEXT } from './strings';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CHECK_GROUPS = ['organizations', 'members', 'duplicates'] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export const FIX_IDS = ['fixFio', 'normalizeContacts', 'categoryFromOrg', 'issueCards'] as const;
export type FixId = (typeof FIX_IDS)[number];

export const CHECK_IDS = [
  'org.chairMissing',
  'org.termMissing',
  'org.termExpired',
  'org.chairNoEmail',
  'org.chairBadEmail',
  'org.chairNoConsent',
  'org.primaryEmpty',
  'org.coverageOver',
  'org.emptyLeaf',
  'org.liquidatedMembers',
  'member.categoryUnset',
  'member.categoryMismatch',
  'member.cardDelivered',
  'member.refusedNoApp',
  'member.badContact',
  'member.contactFormat',
  'member.fioFormat',
  'member.birthDate',
  'member.genderPatronymic',
  'member.noPdConsent',
  'dup.sameOrg',
  'dup.crossOrg',
  'dup.possible',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckMeta {
  id: CheckId;
  group: CheckGroup;
  severity: Severity;
  /** The records a check lists: the drill-down opens the grid of this entity. */
  entity: Entity;
  /** The deterministic fix the check offers, if any. */
  fix: FixId | null;
}

const meta = (id: CheckId, group: CheckGroup, severity: Severity, entity: Entity, fix: FixId | null = null): CheckMeta => ({
  id,
  group,
  severity,
  entity,
  fix,
});

export const CHECK_META: Readonly<Record<CheckId, CheckMeta>> = Object.fromEntries(
  [
    meta('org.chairMissing', 'organizations', 'error', 'organization'),
    meta('org.termMissing', 'organizations', 'warning', 'organization'),
    meta('org.termExpired', 'organizations', 'warning', 'organization'),
    meta('org.chairNoEmail', 'organizations', 'warning', 'organization'),
    meta('org.chairBadEmail', 'organizations', 'error', 'organization'),
    meta('org.chairNoConsent', 'organizations', 'info', 'organization'),
    meta('org.primaryEmpty', 'organizations', 'warning', 'organization'),
    meta('org.coverageOver', 'organizations', 'warning', 'organization'),
    meta('org.emptyLeaf', 'organizations', 'info', 'organization'),
    meta('org.liquidatedMembers', 'organizations', 'error', 'member'),
    meta('member.categoryUnset', 'members', 'warning', 'member', 'categoryFromOrg'),
    meta('member.categoryMismatch', 'members', 'warning', 'member', 'categoryFromOrg'),
    meta('member.cardDelivered', 'members', 'warning', 'member', 'issueCards'),
    meta('member.refusedNoApp', 'members', 'warning', 'member'),
    meta('member.badContact', 'members', 'error', 'member'),
    meta('member.contactFormat', 'members', 'info', 'member', 'normalizeContacts'),
    meta('member.fioFormat', 'members', 'info', 'member', 'fixFio'),
    meta('member.birthDate', 'members', 'error', 'member'),
    meta('member.genderPatronymic', 'members', 'warning', 'member'),
    meta('member.noPdConsent', 'members', 'warning', 'member'),
    meta('dup.sameOrg', 'duplicates', 'error', 'member'),
    meta('dup.crossOrg', 'duplicates', 'warning', 'member'),
    meta('dup.possible', 'duplicates', 'info', 'member'),
  ].map((m) => [m.id, m]),
) as Record<CheckId, CheckMeta>;

export const DUPLICATE_CHECKS = ['dup.sameOrg', 'dup.crossOrg', 'dup.possible'] as const satisfies readonly CheckId[];
export type DuplicateCheckId = (typeof DUPLICATE_CHECKS)[number];

export function isCheckId(value: string): value is CheckId {
  return (CHECK_IDS as readonly string[]).includes(value);
}

/** «ошибка», «предупреждение», «к сведению». */
export function severityLabel(severity: Severity): string {
  return QUALITY_TEXT.severity[severity];
}

/** Days a card may stay «доставлен в регион» before the check lists it (the user may change it). */
export const DEFAULT_CARD_DAYS = 60;
