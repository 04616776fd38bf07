// Row mappers between the file's snake_case columns (0/1 flags) and the API's camelCase objects.
import type {
  CardStatus,
  Gender,
  MemberCategory,
  OrgKind,
  OrgLevel,
  OrgStatus,
  RemovalReason,
} from '../../../shared/domain/enums';
import type { Member, MemberRow, Organization } from '../../../shared/domain/types';

type Flag = 0 | 1 | null;
const flag = (v: Flag): boolean | null => (v === null ? null : v === 1);

export interface OrganizationRecord {
  id: number;
  code: string;
  parent_id: number | null;
  level: OrgLevel;
  kind: OrgKind | null;
  name: string;
  short_name: string | null;
  status: OrgStatus;
  inn: string | null;
  address: string | null;
  chair_surname: string | null;
  chair_name: string | null;
  chair_patronymic: string | null;
  chair_gender: Gender | null;
  chair_phone: string | null;
  chair_email: string | null;
  chair_email_consent: Flag;
  chair_term_start: string | null;
  chair_term_end: string | null;
  stat_members: number | null;
  stat_employees: number | null;
  stat_auto_report: Flag;
  ais_responsible: string | null;
  stat_working: number | null;
  stat_students: number | null;
  stat_pensioners: number | null;
  /** The user's manual declension of the name (JSON), see shared/ru declineOrgName. */
  name_cases: string | null;
}

export function toOrganization(r: OrganizationRecord): Organization {
  return {
    id: r.id,
    code: r.code,
    parentId: r.parent_id,
    level: r.level,
    kind: r.kind,
    name: r.name,
    shortName: r.short_name,
    status: r.status,
    inn: r.inn,
    address: r.address,
    chairSurname: r.chair_surname,
    chairName: r.chair_name,
    chairPatronymic: r.chair_patronymic,
    chairGender: r.chair_gender,
    chairPhone: r.chair_phone,
    chairEmail: r.chair_email,
    chairEmailConsent: flag(r.chair_email_consent),
    chairTermStart: r.chair_term_start,
    chairTermEnd: r.chair_term_end,
    statMembers: r.stat_members,
    statEmployees: r.stat_employees,
    statAutoReport: flag(r.stat_auto_report),
    aisResponsible: r.ais_responsible,
    statWorking: r.stat_working,
    statStudents: r.stat_students,
    statPensioners: r.stat_pensioners,
  };
}

export interface MemberRecord {
  id: number;
  ais_id: string | null;
  org_id: number;
  surname: string;
  name: string;
  patronymic: string | null;
  gender: Gender | null;
  birth_date: string | null;
  category: MemberCategory;
  position: string | null;
  phone: string | null;
  email: string | null;
  joined_on: string | null;
  registered_on: string | null;
  joined_online: 0 | 1;
  card_number: string | null;
  card_status: CardStatus | null;
  card_status_date: string | null;
  app_installed: 0 | 1;
  profcards: 0 | 1;
  pd_consent: 0 | 1;
  pd_consent_date: string | null;
  mailing_consent: 0 | 1;
  removed_on: string | null;
  removal_reason: RemovalReason | null;
  transferred_on: string | null;
}

export function toMember(r: MemberRecord): Member {
  return {
    id: r.id,
    aisId: r.ais_id,
    orgId: r.org_id,
    surname: r.surname,
    name: r.name,
    patronymic: r.patronymic,
    gender: r.gender,
    birthDate: r.birth_date,
    category: r.category,
    position: r.position,
    phone: r.phone,
    email: r.email,
    joinedOn: r.joined_on,
    registeredOn: r.registered_on,
    joinedOnline: r.joined_online === 1,
    cardNumber: r.card_number,
    cardStatus: r.card_status,
    cardStatusDate: r.card_status_date,
    appInstalled: r.app_installed === 1,
    profcards: r.profcards === 1,
    pdConsent: r.pd_consent === 1,
    pdConsentDate: r.pd_consent_date,
    mailingConsent: r.mailing_consent === 1,
    removedOn: r.removed_on,
    removalReason: r.removal_reason,
    transferredOn: r.transferred_on,
  };
}

export function toMemberRow(r: MemberRecord & { org_name: string }): MemberRow {
  return { ...toMember(r), orgName: r.org_name };
}
