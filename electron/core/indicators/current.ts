// The facts of the file's current data: one pass over the organizations and one grouped pass
// over the members on registration (a single SQL scan, the bulk of the time for a big file).
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { MEMBER_COUNT_KEYS } from '../../../shared/domain/indicators';
import { CASES } from '../../../shared/ru';
import type { OrganizationRecord } from '../db/rows';
import { COUNT_INDEX, setPassportFlags, zeroCounts, type OrgFacts } from './facts';

type Org = OrganizationRecord;
/**
 * One organization as ORGS_SQL reads it. Raw rows: on ~70,000 organizations named row objects
 * cost better-sqlite3 about twice the time of arrays.
 */
type OrgRow = [
  id: Org['id'], code: Org['code'], parentCode: string | null, level: Org['level'], name: Org['name'],
  shortName: Org['short_name'], status: Org['status'], chairSurname: Org['chair_surname'], chairName: Org['chair_name'],
  chairPatronymic: Org['chair_patronymic'], chairGender: Org['chair_gender'], chairEmail: Org['chair_email'],
  chairEmailConsent: Org['chair_email_consent'], chairTermEnd: Org['chair_term_end'], statMembers: Org['stat_members'],
  statAutoReport: Org['stat_auto_report'], nameCases: Org['name_cases'],
];

const ORGS_SQL = `
SELECT o.id, o.code, p.code, o.level, o.name, o.short_name, o.status,
       o.chair_surname, o.chair_name, o.chair_patronymic, o.chair_gender, o.chair_email,
       o.chair_email_consent, o.chair_term_end, o.stat_members, o.stat_auto_report, o.name_cases
  FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id
 ORDER BY o.id`;

// The SELECT lists the member counts in MEMBER_COUNT_KEYS order. Text comparisons and aggregate
// steps per member row are what the scan costs (on 3,800,000 members every extra sum() adds
// ~0.15 s), so the inner query counts two things per sum(): one in the low 31 bits, one above
// them (a second count × 2^31). Each part stays below 2^31 (no organization has two billion
// members), so the 64-bit sum never carries or overflows, and the outer query splits the pairs
// (x & 2147483647, x >> 31) on the ~70,000 grouped rows only. «Produced» = produced + delivered +
// issued; the 0/1 columns are CHECKed to be 0 or 1; a NULL card status counts nowhere, as before.
const LOW = '& 2147483647';
const MEMBER_COUNTS_SQL = `
SELECT org_id, n,
       ws ${LOW}, ws >> 31, pu ${LOW}, pu >> 31,
       (pd ${LOW}) + (pd >> 31) + (ir ${LOW}), pd >> 31, ir ${LOW}, ir >> 31,
       ra ${LOW}, ra >> 31,
       pp ${LOW}, pp >> 31, mo ${LOW}, mo >> 31
  FROM (SELECT org_id, count(*) AS n,
               sum(CASE category WHEN 'working' THEN 1 WHEN 'student' THEN 2147483648 ELSE 0 END) AS ws,
               sum(CASE category WHEN 'pensioner' THEN 1 WHEN 'unset' THEN 2147483648 ELSE 0 END) AS pu,
               sum(CASE card_status WHEN 'produced' THEN 1 WHEN 'delivered' THEN 2147483648 ELSE 0 END) AS pd,
               sum(CASE card_status WHEN 'issued' THEN 1 WHEN 'refused' THEN 2147483648 ELSE 0 END) AS ir,
               sum(CASE WHEN app_installed = 1 THEN 2147483648 WHEN card_status = 'refused' THEN 1 ELSE 0 END) AS ra,
               sum(profcards + (pd_consent << 31)) AS pp,
               sum(mailing_consent + (joined_online << 31)) AS mo
          FROM members
         WHERE removed_on IS NULL
         GROUP BY org_id)`;

const nameCasesSchema = z.partialRecord(z.enum(CASES), z.string().trim().min(1));

/** The user's per-case forms of the name; a value that is not valid JSON of that shape is ignored. */
export function parseNameCases(text: string | null): OrgFacts['nameCases'] {
  if (!text) return null;
  try {
    const parsed = nameCasesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The date the current data describes: the last load's date, or today when nothing was loaded. */
export function currentAsOf(db: Database): string {
  const row = db.prepare('SELECT as_of FROM snapshots ORDER BY as_of DESC, id DESC LIMIT 1').get() as { as_of: string } | undefined;
  return row?.as_of ?? new Date().toISOString().slice(0, 10);
}

/** Where each column of MEMBER_COUNTS_SQL (after org_id) goes in an `own` vector. */
const MEMBER_SLOTS = MEMBER_COUNT_KEYS.map((key) => COUNT_INDEX[key]);

export function currentFacts(db: Database, asOf: string): OrgFacts[] {
  const orgs = db.prepare(ORGS_SQL).raw().all() as OrgRow[];
  const byId = new Map<number, OrgFacts>();
  const facts = orgs.map((r): OrgFacts => {
    const [id, code, parentCode, level, name, shortName, status, chairSurname, chairName, chairPatronymic, chairGender,
      chairEmail, chairEmailConsent, chairTermEnd, statMembers, statAutoReport, nameCases] = r;
    const own = zeroCounts();
    setPassportFlags(
      own,
      {
        level,
        status,
        chair_surname: chairSurname,
        chair_email: chairEmail,
        chair_email_consent: chairEmailConsent,
        chair_term_end: chairTermEnd,
        stat_auto_report: statAutoReport,
      },
      asOf,
    );
    const surname = (chairSurname ?? '').trim();
    const f: OrgFacts = {
      id,
      code,
      parentCode,
      level,
      name,
      shortName,
      status,
      chair: surname ? { surname, name: chairName, patronymic: chairPatronymic, gender: chairGender } : null,
      nameCases: parseNameCases(nameCases),
      statOwn: statMembers,
      own,
    };
    byId.set(id, f);
    return f;
  });

  const rows = db.prepare(MEMBER_COUNTS_SQL).raw().all() as number[][];
  for (const row of rows) {
    const f = byId.get(row[0]!);
    if (!f) continue; // a foreign key keeps this from happening
    for (let i = 0; i < MEMBER_SLOTS.length; i++) f.own[MEMBER_SLOTS[i]!] = row[i + 1] ?? 0;
  }
  return facts;
}
