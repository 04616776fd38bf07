// What the indicators are computed from: for each organization its place in the tree, its
// stat-report figure and its OWN counts (members registered in it directly, and 0/1 flags of
// its own passport). The same shape comes from the file's current data (current.ts) and from a
// snapshot's stored JSON (snapshot.ts), so every indicator is computed one way for both.
import { COUNT_KEYS, type CountKey, type OrgIdentity } from '../../../shared/domain/indicators';
import { parseEmail } from '../../../shared/values/emails';
import type { OrganizationRecord } from '../db/rows';

export interface OrgFacts extends OrgIdentity {
  /** The organization's own stat-report figure on 1 January, null when not given. */
  statOwn: number | null;
  /** Own counts in COUNT_KEYS order; NaN for an indicator a snapshot did not store. */
  own: number[];
}

/** Where each count sits in an `own` vector. */
export const COUNT_INDEX = Object.fromEntries(COUNT_KEYS.map((k, i) => [k, i])) as Record<CountKey, number>;

export function zeroCounts(): number[] {
  return new Array<number>(COUNT_KEYS.length).fill(0);
}

/** A chair's address counts as valid exactly when the data checks would accept it. */
function validEmail(address: string | null): boolean {
  const parsed = parseEmail(address);
  return parsed.ok && parsed.value !== null;
}

/** The passport columns the organization-level counts read, as the file stores them. */
export type PassportFlags = Pick<
  OrganizationRecord,
  'level' | 'status' | 'chair_surname' | 'chair_email' | 'chair_email_consent' | 'chair_term_end' | 'stat_auto_report'
>;

/**
 * Sets the organization-level counts of one passport into `own`. Liquidated organizations are
 * counted nowhere; the chair checks apply only where a chair is entered (an empty tab is its
 * own indicator). A term is expired when it ended before the data date.
 */
export function setPassportFlags(own: number[], p: PassportFlags, asOf: string): void {
  if (p.status === 'liquidated') return;
  const set = (key: CountKey, on: boolean): void => {
    own[COUNT_INDEX[key]] = on ? 1 : 0;
  };
  const hasChair = (p.chair_surname ?? '').trim() !== '';
  set('primaryOrgs', p.level === 'primary');
  set('localOrgs', p.level === 'local');
  set('primaryAutoReport', p.level === 'primary' && p.stat_auto_report === 1);
  set('localAutoReport', p.level === 'local' && p.stat_auto_report === 1);
  set('chairMissing', !hasChair);
  set('chairNoTerm', hasChair && !p.chair_term_end);
  set('chairTermExpired', hasChair && !!p.chair_term_end && p.chair_term_end < asOf);
  set('chairNoEmail', hasChair && !validEmail(p.chair_email));
  set('chairNoEmailConsent', hasChair && p.chair_email_consent !== 1);
}
