// The in-memory plan of a demo region: the organization tree with everything but the member
// rows, which are generated and written as a stream (see members.ts and write.ts).
import type { OrgKind, OrgLevel, OrgStatus } from '../../../shared/domain/enums';
import type { Person } from './people';

export interface DemoOptions {
  /** Member account cards to generate (removed ones included). */
  members: number;
  /** Same seed and members → the same file, row for row. */
  seed: number;
  /**
   * 'region' (the default): one regional organization, the file of a regional office.
   * 'union': the central office's whole-union file, ~80 regional organizations under the union.
   */
  shape?: DemoShape;
}

export type DemoShape = 'region' | 'union';

/** How many organizations a region of a given size has (tree.ts). */
export interface TreeSizing {
  /** Members per primary organization, on average. */
  membersPerPrimary: number;
  /** The cap: no real region has more than ~5,000 organizations. */
  maxPrimaries: number;
  /** Primary organizations per local one, on average (locals stay within [6, 60]). */
  primariesPerLocal: number;
}

export const DEFAULT_DEMO_OPTIONS: Readonly<DemoOptions> = Object.freeze({ members: 45000, seed: 1 });

export interface DemoSummary {
  organizations: number;
  members: number;
  asOf: string;
  regionName: string;
}

/** What kind of people an organization has: drives categories, positions, gender and age. */
export type Profile =
  | 'region'
  | 'local'
  | 'school'
  | 'kindergarten'
  | 'additional'
  | 'office'
  | 'college'
  | 'collegeStudents'
  | 'university'
  | 'universityStudents';

export const STUDENT_PROFILES: ReadonlySet<Profile> = new Set<Profile>(['collegeStudents', 'universityStudents']);

/** Registry completeness of a local organization (the tiers of a presidium resolution). */
export type Tier = 'over' | 'complete' | 'near' | 'weak' | 'zero';

export interface Chair extends Person {
  phone: string;
  email: string | null;
  emailConsent: 0 | 1 | null;
  termStart: number | null;
  termEnd: number | null;
}

export interface OrgPlan {
  id: number;
  code: string;
  parentId: number | null;
  level: OrgLevel;
  kind: OrgKind;
  name: string;
  shortName: string;
  status: OrgStatus;
  inn: string | null;
  address: string | null;
  profile: Profile;
  /** The local organization this one belongs to (itself for a local), or null. */
  localId: number | null;
  /** Study-group prefix for students' organizations («ФМ», «ПД»). */
  groupPrefix: string | null;
  /** Union members it would have with everyone registered: the base of stat-report figures. */
  size: number;
  /** Share of the institution's employees (students) who are union members. */
  density: number;
  chair: Chair | null;
  statAutoReport: 0 | 1;
  /** Member cards generated for this organization, and how many of them are removed. */
  members: number;
  removed: number;
  statMembers: number;
  statEmployees: number;
  tier: Tier | null;
}

export interface RegionPlan {
  /** The root organization's names, stored as the file's 'region.name' and 'region.shortName'. */
  root: { name: string; shortName: string };
  orgs: OrgPlan[];
  /** The snapshot date, a day number. */
  asOf: number;
  /** Electronic registration in this region started on this day (no registered_on before it). */
  registryStart: number;
  seed: number;
}
