import type {
  CardStatus,
  Gender,
  MemberCategory,
  OrgKind,
  OrgLevel,
  OrgStatus,
  RemovalReason,
} from './enums';

/** ISO calendar date, YYYY-MM-DD: how every date is stored and sent. */
export type IsoDate = string;

/** An organization as the tree and the passport show it. */
export interface Organization {
  id: number;
  code: string;
  parentId: number | null;
  level: OrgLevel;
  kind: OrgKind | null;
  name: string;
  shortName: string | null;
  status: OrgStatus;
  inn: string | null;
  address: string | null;
  chairSurname: string | null;
  chairName: string | null;
  chairPatronymic: string | null;
  chairGender: Gender | null;
  chairPhone: string | null;
  chairEmail: string | null;
  chairEmailConsent: boolean | null;
  chairTermStart: IsoDate | null;
  chairTermEnd: IsoDate | null;
  statMembers: number | null;
  statEmployees: number | null;
  statAutoReport: boolean | null;
  /** The person responsible for the organization's work in the AIS (as the passport names them). */
  aisResponsible: string | null;
  /** The stat report's members by category on 1 January. */
  statWorking: number | null;
  statStudents: number | null;
  statPensioners: number | null;
}

/** One row of the organization tree: the passport's short form plus member counts. */
export interface OrgTreeNode {
  id: number;
  code: string;
  parentId: number | null;
  level: OrgLevel;
  kind: OrgKind | null;
  name: string;
  shortName: string | null;
  status: OrgStatus;
  /** Members on registration in this organization itself. */
  ownMembers: number;
  /** Members on registration in this organization and everything below it. */
  totalMembers: number;
}

/** A member account card (учетная карточка). */
export interface Member {
  id: number;
  aisId: string | null;
  orgId: number;
  surname: string;
  name: string;
  patronymic: string | null;
  gender: Gender | null;
  birthDate: IsoDate | null;
  category: MemberCategory;
  position: string | null;
  phone: string | null;
  email: string | null;
  joinedOn: IsoDate | null;
  registeredOn: IsoDate | null;
  joinedOnline: boolean;
  cardNumber: string | null;
  cardStatus: CardStatus | null;
  cardStatusDate: IsoDate | null;
  appInstalled: boolean;
  profcards: boolean;
  pdConsent: boolean;
  pdConsentDate: IsoDate | null;
  mailingConsent: boolean;
  removedOn: IsoDate | null;
  removalReason: RemovalReason | null;
  /** Date of the last transfer (перевод) to the current organization. */
  transferredOn: IsoDate | null;
}

/** A member row as the grid lists it: the card plus its organization's name. */
export interface MemberRow extends Member {
  orgName: string;
}

export interface Snapshot {
  id: number;
  asOf: IsoDate;
  source: string;
  createdAt: string;
  orgCount: number;
  memberCount: number;
}

/** What the status bar and the title show about the open file. */
export interface RegistryInfo {
  path: string;
  fileName: string;
  schemaVersion: number;
  regionName: string | null;
  lastSnapshot: Snapshot | null;
  orgCount: number;
  memberCount: number;
}
