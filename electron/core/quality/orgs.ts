// The organization tree as the checks see it: every passport with its own and subtree member
// counts and its stat-report figure, rolled up by the indicators' own code, so a check («охват
// больше 100%», «первичная без членов») always agrees with the figure the analysis shows.
import type { Database } from 'better-sqlite3';
import type { Gender, OrgKind, OrgLevel, OrgStatus } from '../../../shared/domain/enums';
import type { OrganizationRecord } from '../db/rows';
import { parseNameCases } from '../indicators/current';
import { COUNT_INDEX, setPassportFlags, zeroCounts, type OrgFacts } from '../indicators/facts';
import { rollUp } from '../indicators/rollup';
import { percentOf } from '../indicators/table';

type OrgRecord = Pick<
  OrganizationRecord,
  | 'id' | 'code' | 'parent_id' | 'level' | 'kind' | 'name' | 'short_name' | 'status' | 'chair_surname' | 'chair_name'
  | 'chair_patronymic' | 'chair_gender' | 'chair_email' | 'chair_email_consent' | 'chair_term_end' | 'stat_members'
  | 'stat_auto_report' | 'name_cases'
> & { parent_code: string | null; children: number };

export interface OrgInfo {
  id: number;
  code: string;
  parentId: number | null;
  level: OrgLevel;
  /** The organization's kind, or the nearest ancestor's when its own is not given (units). */
  kind: OrgKind | null;
  name: string;
  shortName: string | null;
  /** The user's override of the name's case forms, if any. */
  nameCases: OrgFacts['nameCases'];
  status: OrgStatus;
  chairSurname: string | null;
  chairName: string | null;
  chairPatronymic: string | null;
  chairGender: Gender | null;
  chairEmail: string | null;
  chairEmailConsent: number | null;
  chairTermEnd: string | null;
  /** Passport flags as the indicators count them (chairMissing, chairNoTerm, chairTermExpired…). */
  flags: number[];
  /** Organizations directly inside this one (liquidated ones too). */
  children: number;
  /** Members on registration in the organization itself. */
  ownMembers: number;
  /** Members on registration in its whole subtree. */
  registered: number;
  /** Stat-report figure: own, else the sum of the children's (as the indicators take it). */
  stat: number | null;
  /** registered / stat × 100, or null without a figure. */
  coverage: number | null;
}

export interface OrgTable {
  byId: Map<number, OrgInfo>;
  list: OrgInfo[];
}

const ORGS_SQL = `
SELECT o.id, o.code, o.parent_id, p.code AS parent_code, o.level, o.kind, o.name, o.short_name, o.status,
       o.chair_surname, o.chair_name, o.chair_patronymic, o.chair_gender, o.chair_email, o.chair_email_consent,
       o.chair_term_end, o.stat_members, o.stat_auto_report, o.name_cases,
       (SELECT count(*) FROM organizations c WHERE c.parent_id = o.id) AS children
  FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id
 ORDER BY o.id`;

export function loadOrgs(db: Database, asOf: string): OrgTable {
  const records = db.prepare(ORGS_SQL).all() as OrgRecord[];
  const own = new Map(
    (db.prepare('SELECT org_id, count(*) FROM members WHERE removed_on IS NULL GROUP BY org_id').raw().all() as [number, number][]).map(
      ([id, n]) => [id, n],
    ),
  );
  const facts: OrgFacts[] = records.map((r) => {
    const counts = zeroCounts();
    counts[COUNT_INDEX.registered] = own.get(r.id) ?? 0;
    setPassportFlags(counts, r, asOf);
    return {
      id: r.id,
      code: r.code,
      parentCode: r.parent_code,
      level: r.level,
      name: r.name,
      shortName: r.short_name,
      status: r.status,
      chair: null,
      nameCases: null,
      statOwn: r.stat_members,
      own: counts,
    };
  });
  const tree = rollUp(facts);
  const list: OrgInfo[] = records.map((r, i) => {
    const node = tree.byCode.get(r.code)!;
    const registered = node.counts[COUNT_INDEX.registered]!;
    return {
      id: r.id,
      code: r.code,
      parentId: r.parent_id,
      level: r.level,
      kind: r.kind,
      name: r.name,
      shortName: r.short_name,
      nameCases: parseNameCases(r.name_cases),
      status: r.status,
      chairSurname: r.chair_surname,
      chairName: r.chair_name,
      chairPatronymic: r.chair_patronymic,
      chairGender: r.chair_gender,
      chairEmail: r.chair_email,
      chairEmailConsent: r.chair_email_consent,
      chairTermEnd: r.chair_term_end,
      flags: facts[i]!.own,
      children: r.children,
      ownMembers: own.get(r.id) ?? 0,
      registered,
      stat: node.stat,
      coverage: percentOf(registered, node.stat),
    };
  });
  const byId = new Map(list.map((o) => [o.id, o]));
  // A unit usually has no kind of its own: it is of its primary organization's kind.
  const kindOf = (o: OrgInfo, seen = new Set<number>()): OrgKind | null => {
    if (o.kind !== null || o.parentId === null || seen.has(o.id)) return o.kind;
    seen.add(o.id);
    const parent = byId.get(o.parentId);
    return parent ? kindOf(parent, seen) : null;
  };
  for (const o of list) o.kind = kindOf(o);
  return { byId, list };
}

/** The name lists and letters use: the short name where there is one. */
export function orgLabel(o: Pick<OrgInfo, 'name' | 'shortName'>): string {
  return (o.shortName ?? '').trim() || o.name.trim();
}

/**
 * Whose letter a problem goes into: a unit's problems go to its primary organization (which keeps
 * the AIS records of its units), a liquidated organization's to the one above it (which must
 * transfer or remove its members); every other organization gets its own.
 */
export function letterOrgId(orgs: OrgTable, orgId: number): number {
  let id = orgId;
  for (let steps = 0; steps < 20; steps++) {
    const o = orgs.byId.get(id);
    if (!o || o.parentId === null || !orgs.byId.has(o.parentId)) return id;
    if (o.level !== 'unit' && o.status !== 'liquidated') return id;
    id = o.parentId;
  }
  return id;
}

/** Whether the organization is one of students (ППО обучающихся), by its or its ancestors' kind. */
export function isStudentsOrg(o: OrgInfo): boolean {
  return o.kind === 'students';
}
