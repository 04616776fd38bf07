// The «Председатель» tab of every organization, with the defects the indicators look for:
// empty tabs, missing or expired terms of office, missing or invalid e-mails, no consent.
import type { Gender } from '../../../shared/domain/enums';
import { DAYS_PER_YEAR, addYears } from './dates';
import { invalidEmail, randomEmail, randomPerson, randomPhone } from './people';
import type { Random } from './random';
import type { Chair, OrgPlan, Profile } from './types';

/** Share of women among chairs: education is mostly a women's profession, universities less so. */
const FEMALE_SHARE: Record<Profile, number> = {
  region: 0.75,
  local: 0.8,
  school: 0.85,
  kindergarten: 0.98,
  additional: 0.8,
  office: 0.85,
  college: 0.7,
  collegeStudents: 0.6,
  university: 0.45,
  universityStudents: 0.55,
};

/** Elections at least every five years (DOMAIN: term of office). */
const TERM_YEARS = 5;

export function assignChairs(rng: Random, orgs: OrgPlan[], asOf: number): void {
  for (const org of orgs) {
    const isPrimary = org.level === 'primary' || org.level === 'unit';
    // ~3% of primaries have the chair tab empty; units a little more often.
    if (isPrimary && rng.chance(org.level === 'unit' ? 0.08 : 0.03)) continue;
    org.chair = makeChair(rng, org, asOf);
  }
}

function makeChair(rng: Random, org: OrgPlan, asOf: number): Chair {
  const gender: Gender = rng.chance(FEMALE_SHARE[org.profile]) ? 'female' : 'male';
  const isStudent = org.profile === 'collegeStudents' || org.profile === 'universityStudents';
  const age = isStudent ? rng.range(19, 24) : rng.range(32, 64);
  const birth = asOf - Math.floor(age * DAYS_PER_YEAR);
  const person = randomPerson(rng, gender, birth);
  const top = org.level === 'union' || org.level === 'regional';
  const upper = top || org.level === 'local';

  let email: string | null = null;
  const hasEmail = upper || rng.chance(0.9);
  if (hasEmail) email = !upper && rng.chance(0.04) ? invalidEmail(rng, person) : randomEmail(rng, person);
  const emailConsent: 0 | 1 | null = email === null ? null : rng.chance(0.82) ? 1 : 0;

  let termStart: number | null = null;
  let termEnd: number | null = null;
  const r = rng.float();
  if (top) {
    termStart = asOf - rng.int(200, 900);
    termEnd = addYears(termStart, TERM_YEARS);
  } else if (r < (upper ? 0.08 : 0.09)) {
    // Expired before the as-of date: elected 5–7 years ago and never re-elected in the AIS.
    termStart = addYears(asOf, -TERM_YEARS) - rng.int(1, 2 * 365);
    termEnd = addYears(termStart, TERM_YEARS);
  } else if (!upper && r < 0.15) {
    // No term at all.
  } else if (!upper && r < 0.17) {
    termStart = asOf - rng.int(30, TERM_YEARS * 365 - 30);
  } else {
    termStart = asOf - rng.int(10, TERM_YEARS * 365 - 10);
    termEnd = addYears(termStart, TERM_YEARS);
  }

  return { ...person, phone: randomPhone(rng), email, emailConsent, termStart, termEnd };
}
