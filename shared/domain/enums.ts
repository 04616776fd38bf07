// Closed vocabularies of the registry with their Russian labels: ids are stored in the file,
// labels are what users see and type. One table per vocabulary, used by UI, import and documents.

export const ORG_LEVELS = ['union', 'regional', 'district', 'local', 'primary', 'unit'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];
export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  union: 'Профсоюз',
  regional: 'региональная',
  district: 'окружная',
  local: 'местная',
  primary: 'первичная',
  unit: 'структурного подразделения',
};

export const ORG_KINDS = [
  'region',
  'district_org',
  'city_org',
  'territorial_org',
  'school',
  'kindergarten',
  'college',
  'university',
  'students',
  'additional_education',
  'other',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  region: 'региональная организация',
  district_org: 'районная организация',
  city_org: 'городская организация',
  territorial_org: 'территориальная организация',
  school: 'общеобразовательная организация',
  kindergarten: 'дошкольная образовательная организация',
  college: 'профессиональная образовательная организация',
  university: 'образовательная организация высшего образования',
  students: 'организация обучающихся',
  additional_education: 'организация дополнительного образования',
  other: 'иная организация',
};

export const ORG_STATUSES = ['active', 'liquidating', 'liquidated'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];
export const ORG_STATUS_LABELS: Record<OrgStatus, string> = {
  active: 'действующая',
  liquidating: 'в стадии ликвидации',
  liquidated: 'ликвидирована',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'мужской', female: 'женский' };

export const MEMBER_CATEGORIES = ['working', 'student', 'pensioner', 'unset'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];
export const MEMBER_CATEGORY_LABELS: Record<MemberCategory, string> = {
  working: 'работающий',
  student: 'обучающийся',
  pensioner: 'неработающий пенсионер',
  unset: 'не указан',
};

export const CARD_STATUSES = ['none', 'requested', 'produced', 'delivered', 'issued', 'refused'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];
export const CARD_STATUS_LABELS: Record<CardStatus, string> = {
  none: 'нет заявки',
  requested: 'заявка оформлена',
  produced: 'изготовлен',
  delivered: 'доставлен в регион',
  issued: 'выдан',
  refused: 'отказ',
};
/** Statuses that mean a plastic card physically exists (DOMAIN: «изготовлено карт»). */
export const CARD_PRODUCED_STATUSES: readonly CardStatus[] = ['produced', 'delivered', 'issued'];

export const REMOVAL_REASONS = [
  'own_wish',
  'dismissal',
  'graduation',
  'transfer',
  'death',
  'expulsion',
  'not_in_export',
  'duplicate',
  'other',
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];
export const REMOVAL_REASON_LABELS: Record<RemovalReason, string> = {
  own_wish: 'по собственному желанию',
  dismissal: 'увольнение',
  graduation: 'окончание обучения',
  transfer: 'перевод в другую организацию',
  death: 'смерть',
  expulsion: 'исключение',
  not_in_export: 'нет в выгрузке',
  duplicate: 'дубликат',
  other: 'иное',
};

export const CHANGE_SOURCES = ['edit', 'paste', 'bulk', 'import', 'fix'] as const;
export type ChangeSource = (typeof CHANGE_SOURCES)[number];
export const CHANGE_SOURCE_LABELS: Record<ChangeSource, string> = {
  edit: 'правка',
  paste: 'вставка',
  bulk: 'массовая правка',
  import: 'импорт',
  fix: 'исправление',
};
