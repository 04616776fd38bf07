// The facts of the file's current data: one pass over the organizations and one grouped pass
// over the members on registration (a single SQL scan, the bulk of the time for a big file).
// The SELECT lists the member counts in MEMBER_COUNT_KEYS order.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { MEMBER_COUNT_KEYS } from '../../../shared/domain/indicators';
import { CASES } from '../../../shared/ru';
import type { OrganizationRecord } from '../db/rows';
import { COUNT_INDEX, setPassportFlags, zeroCounts, type OrgFacts } from './facts';

type OrgRecord = Pick<
  OrganizationRecord,
  | 'id' | 'code' | 'level' | 'name' | 'short_name' | 'status' | 'chair_surname' | 'chair_name' | 'chair_patronymic'
  | 'chair_gender' | 'chair_email' | 'chair_email_consent' | 'chair_term_end' | 'stat_members' | 'stat_auto_report'
  | 'name_cases'
> & { parent_code: string | null };

const MEMBER_COUNTS_SQL = `
SELECT org_id,
       count(*),
       sum(category = 'working'), sum(category = 'student'), sum(category = 'pensioner'), sum(category = 'unset'),
       sum(card_status IN ('produced', 'delivered', 'issued')), sum(card_status = 'delivered'),
       sum(card_status = 'issued'), sum(card_status = 'refused'),
       sum(card_status = 'refused' AND app_installed = 0), sum(app_installed),
       sum(profcards), sum(pd_consent), sum(mailing_consent), sum(joined_online)
  FROM members
 WHERE removed_on IS NULL
 GROUP BY org_id`;

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

export function currentFacts(db: Database, asOf: string): OrgFacts[] {
  const orgs = db
    .prepare(
      `SELECT o.id, o.code, p.code AS parent_code, o.level, o.name, o.short_name, o.status,
              o.chair_surname, o.chair_name, o.chair_patronymic, o.chair_gender, o.chair_email,
              o.chair_email_consent, o.chair_term_end, o.stat_members, o.stat_auto_report, o.name_cases
         FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id
        ORDER BY o.id`,
    )
    .all() as OrgRecord[];
  const byId = new Map<number, OrgFacts>();
  const facts = orgs.map((r) => {
    const own = zeroCounts();
    setPassportFlags(own, r, asOf);
    const surname = (r.chair_surname ?? '').trim();
    const f: OrgFacts = {
      id: r.id,
      code: r.code,
      parentCode: r.parent_code,
      level: r.level,
      name: r.name,
      shortName: r.short_name,
      status: r.status,
      chair: surname
        ? { surname, name: r.chair_name, patronymic: r.chair_patronymic, gender: r.chair_gender }
        : null,
      nameCases: parseNameCases(r.name_cases),
      statOwn: r.stat_members,
      own,
    };
    byId.set(r.id, f);
    return f;
  });

  const rows = db.prepare(MEMBER_COUNTS_SQL).raw().all() as number[][];
  for (const row of rows) {
    const f = byId.get(row[0]!);
    if (!f) continue; // a foreign key keeps this from happening
    MEMBER_COUNT_KEYS.forEach((key, i) => {
      f.own[COUNT_INDEX[key]] = row[i + 1] ?? 0;
    });
  }
  return facts;
}
