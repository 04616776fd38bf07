// The catalogue of indicators (DOMAIN.md «Indicators»): ids, Russian labels, how each is shown,
// and the tiers and bands of registry coverage. Shared by the engine, the CLI, the documents and
// the analysis page, so a column is called the same everywhere.
import type { GrammaticalCase } from '../ru/cases';
import type { OrgLevel, OrgStatus } from './enums';

/** Counts of members on registration, by what their cards say. */
export const MEMBER_COUNT_KEYS = [
  'registered',
  'working',
  'students',
  'pensioners',
  'categoryUnset',
  'cardsProduced',
  'cardsDelivered',
  'cardsIssued',
  'cardsRefused',
  'refusedNoApp',
  'virtualCards',
  'profcards',
  'pdConsent',
  'mailingConsent',
  'joinedOnline',
] as const;

/** Counts that add up the tree: member counts and counts of organizations with a property. */
export const COUNT_KEYS = [
  ...MEMBER_COUNT_KEYS,
  'primaryOrgs',
  'primaryEmpty',
  'localOrgs',
  'chairMissing',
  'chairNoTerm',
  'chairTermExpired',
  'chairNoEmail',
  'chairNoEmailConsent',
  'primaryAutoReport',
  'localAutoReport',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** Shares in percent: numerator count over a base count. */
export const PERCENT_KEYS = [
  'coverage',
  'workingPct',
  'studentsPct',
  'pensionersPct',
  'categoryUnsetPct',
  'cardsProducedPct',
  'cardsIssuedPct',
  'virtualCardsPct',
  'profcardsPct',
  'pdConsentPct',
  'mailingConsentPct',
  'joinedOnlinePct',
  'primaryAutoReportPct',
  'localAutoReportPct',
] as const;
export type PercentKey = (typeof PERCENT_KEYS)[number];

/** Every indicator a row carries: counts, the stat-report figure, and shares. */
export type IndicatorKey = CountKey | 'statMembers' | PercentKey;
/** Every indicator in the order tables show them: each count next to its share. */
export const INDICATOR_KEYS: readonly IndicatorKey[] = [
  'registered', 'statMembers', 'coverage',
  'working', 'workingPct', 'students', 'studentsPct', 'pensioners', 'pensionersPct', 'categoryUnset', 'categoryUnsetPct',
  'cardsProduced', 'cardsProducedPct', 'cardsDelivered', 'cardsIssued', 'cardsIssuedPct', 'cardsRefused', 'refusedNoApp',
  'virtualCards', 'virtualCardsPct', 'profcards', 'profcardsPct', 'pdConsent', 'pdConsentPct',
  'mailingConsent', 'mailingConsentPct', 'joinedOnline', 'joinedOnlinePct',
  'primaryOrgs', 'primaryEmpty', 'localOrgs', 'chairMissing', 'chairNoTerm', 'chairTermExpired', 'chairNoEmail',
  'chairNoEmailConsent', 'primaryAutoReport', 'primaryAutoReportPct', 'localAutoReport', 'localAutoReportPct',
];

/** What a share is computed from: numerator / base × 100 (coverage's base is the stat figure). */
export const PERCENT_OF: Record<Exclude<PercentKey, 'coverage'>, { count: CountKey; base: CountKey }> = {
  workingPct: { count: 'working', base: 'registered' },
  studentsPct: { count: 'students', base: 'registered' },
  pensionersPct: { count: 'pensioners', base: 'registered' },
  categoryUnsetPct: { count: 'categoryUnset', base: 'registered' },
  cardsProducedPct: { count: 'cardsProduced', base: 'registered' },
  cardsIssuedPct: { count: 'cardsIssued', base: 'registered' },
  virtualCardsPct: { count: 'virtualCards', base: 'registered' },
  profcardsPct: { count: 'profcards', base: 'registered' },
  pdConsentPct: { count: 'pdConsent', base: 'registered' },
  mailingConsentPct: { count: 'mailingConsent', base: 'registered' },
  joinedOnlinePct: { count: 'joinedOnline', base: 'registered' },
  primaryAutoReportPct: { count: 'primaryAutoReport', base: 'primaryOrgs' },
  localAutoReportPct: { count: 'localAutoReport', base: 'localOrgs' },
};

export const INDICATOR_LABELS: Record<IndicatorKey, string> = {
  registered: 'Состоят на электронном учёте',
  statMembers: 'Членов Профсоюза по статотчёту',
  coverage: 'Охват электронным учётом, %',
  working: 'Работающие',
  workingPct: 'Работающие, %',
  students: 'Обучающиеся',
  studentsPct: 'Обучающиеся, %',
  pensioners: 'Неработающие пенсионеры',
  pensionersPct: 'Неработающие пенсионеры, %',
  categoryUnset: 'Категория не указана',
  categoryUnsetPct: 'Категория не указана, %',
  cardsProduced: 'Изготовлено ЭПБ',
  cardsProducedPct: 'Изготовлено ЭПБ, %',
  cardsDelivered: 'ЭПБ доставлены в регион (не выданы)',
  cardsIssued: 'ЭПБ выданы',
  cardsIssuedPct: 'ЭПБ выданы, %',
  cardsRefused: 'Отказ от ЭПБ',
  refusedNoApp: 'Отказ от ЭПБ без мобильного приложения',
  virtualCards: 'Виртуальные карты в приложении',
  virtualCardsPct: 'Виртуальные карты, %',
  profcards: 'Зарегистрированы в PROFCARDS',
  profcardsPct: 'PROFCARDS, %',
  pdConsent: 'Согласие на обработку ПДн',
  pdConsentPct: 'Согласие на обработку ПДн, %',
  mailingConsent: 'Согласие на рассылки',
  mailingConsentPct: 'Согласие на рассылки, %',
  joinedOnline: 'Вступили онлайн',
  joinedOnlinePct: 'Вступили онлайн, %',
  primaryOrgs: 'Первичных организаций',
  primaryEmpty: 'Первичных без членов на учёте',
  localOrgs: 'Местных организаций',
  chairMissing: 'Не заполнен «Председатель»',
  chairNoTerm: 'Не указан срок полномочий',
  chairTermExpired: 'Срок полномочий истёк',
  chairNoEmail: 'У председателя нет корректного e-mail',
  chairNoEmailConsent: 'Нет согласия председателя на e-mail',
  primaryAutoReport: 'Первичных с автоматическим статотчётом',
  primaryAutoReportPct: 'Первичных с автоматическим статотчётом, %',
  localAutoReport: 'Местных с автоматическим статотчётом',
  localAutoReportPct: 'Местных с автоматическим статотчётом, %',
};

export function isPercentKey(key: IndicatorKey): key is PercentKey {
  return (PERCENT_KEYS as readonly string[]).includes(key);
}

/** Tiers of a presidium resolution; liquidated organizations and those without data stand apart. */
export const TIERS = ['complete', 'near', 'weak', 'zero', 'liquidating', 'noData'] as const;
export type TierId = (typeof TIERS)[number];
export const TIER_LABELS: Record<TierId, string> = {
  complete: 'внесли всех членов Профсоюза',
  near: 'близки к завершению',
  weak: 'слабая работа',
  zero: 'работа не ведется',
  liquidating: 'в стадии ликвидации',
  noData: 'нет данных статотчёта',
};

/** The user's thresholds in percent: complete ≥ complete, near ≥ near, weak > weak. */
export interface TierThresholds {
  complete: number;
  near: number;
  weak: number;
}
export const DEFAULT_TIER_THRESHOLDS: Readonly<TierThresholds> = Object.freeze({ complete: 100, near: 85, weak: 0 });

/** Union-level bands of coverage, highest first. */
export const BANDS = ['b100', 'b90', 'b70', 'b50', 'b40', 'b20', 'below20'] as const;
export type BandId = (typeof BANDS)[number];
export const BAND_LABELS: Record<BandId, string> = {
  b100: '100%+',
  b90: '>90%',
  b70: '>70%',
  b50: '>50%',
  b40: '>40%',
  b20: '>20%',
  below20: '<20%',
};

/** Levels the analysis shows a table of. */
export const METRIC_LEVELS = ['regional', 'district', 'local', 'primary', 'unit'] as const;
export type MetricLevel = (typeof METRIC_LEVELS)[number];

/** A chair as the documents name them: «Фамилия И.О.», declined by gender. */
export interface ChairName {
  surname: string;
  name: string | null;
  patronymic: string | null;
  gender: 'male' | 'female' | null;
}

/** Change of one indicator against an earlier snapshot; growth in percent of the earlier value. */
export interface IndicatorChange {
  delta: number;
  growth: number | null;
}

/** Who an organization is: its place in the tree, its names and its chair. */
export interface OrgIdentity {
  /** The organization's id in the file; null for one that exists only in a snapshot. */
  id: number | null;
  code: string;
  parentCode: string | null;
  level: OrgLevel;
  name: string;
  shortName: string | null;
  status: OrgStatus;
  chair: ChairName | null;
  /** The user's override of the name's case forms (organizations.name_cases), if any. */
  nameCases: Partial<Record<GrammaticalCase, string>> | null;
}

/** One organization with every indicator of its subtree. A value of null means «нет данных». */
export interface IndicatorRow extends OrgIdentity {
  values: Record<IndicatorKey, number | null>;
  tier: TierId;
  band: BandId | null;
  /** Against the compared snapshot; null when not compared or the organization is new since. */
  change: Partial<Record<IndicatorKey, IndicatorChange>> | null;
}

export interface IndicatorSource {
  /** 'current': the data in the file now; 'snapshot': the figures stored at a load. */
  kind: 'current' | 'snapshot';
  snapshotId: number | null;
  asOf: string;
}

/** Indicators of one level of the tree. */
export interface IndicatorTable {
  source: IndicatorSource;
  compareTo: IndicatorSource | null;
  level: MetricLevel | 'all';
  thresholds: TierThresholds;
  rows: IndicatorRow[];
  /** The whole file (the root, or the sum of several roots). */
  total: IndicatorRow;
}
