// What each letter says: every finding of the chosen checks goes to the letter of the
// organization that must correct it (a unit's and a liquidated organization's to the one above,
// see letterOrgId), with a count per check and one row per record. The file's root organization
// writes the letters and gets none.
import { CHECK_IDS, CHECK_META, type CheckId, type Severity } from '../../../../shared/quality/catalog';
import type { LetterRecipient } from '../../../../shared/api/methods/quality';
import { QUALITY_TEXT } from '../../../../shared/quality/strings';
import { chairInitials } from '../../documents/names';
import { subtreeInOrder } from '../lists/build';
import { letterOrgId, orgLabel, type OrgInfo } from '../orgs';
import { memberNames } from '../rows';
import { findingsOf, type Session } from '../run';

export interface LetterSummary {
  checkId: CheckId;
  title: string;
  severity: Severity;
  count: number;
}

export interface LetterRow {
  who: string;
  field: string;
  problem: string;
}

export interface LetterData {
  org: OrgInfo;
  summary: LetterSummary[];
  rows: LetterRow[];
}

export interface LetterChoice {
  /** Only these checks; null: every check. */
  checks: readonly CheckId[] | null;
  /** Only these organizations (as recipients); null: every organization with findings. */
  orgIds: readonly number[] | null;
}

export function buildLetters(session: Session, choice: LetterChoice): LetterData[] {
  const { db, orgs } = session.ctx;
  const checks = choice.checks ?? CHECK_IDS;
  const wanted = choice.orgIds === null ? null : new Set(choice.orgIds);
  const letters = new Map<number, LetterData>();
  const memberFindings = checks.filter((id) => CHECK_META[id].entity === 'member').flatMap((id) => findingsOf(session, id));
  const names = memberNames(db, [...new Set(memberFindings.map((f) => f.id))]);
  for (const id of checks) {
    const meta = CHECK_META[id];
    const title = id === 'member.cardDelivered' ? QUALITY_TEXT.cardTitle(session.ctx.options.cardDays) : QUALITY_TEXT.checks[id].title;
    for (const f of findingsOf(session, id)) {
      const to = letterOrgId(orgs, f.orgId);
      const org = orgs.byId.get(to);
      if (!org || org.parentId === null || (wanted && !wanted.has(to))) continue;
      let letter = letters.get(to);
      if (!letter) letters.set(to, (letter = { org, summary: [], rows: [] }));
      let line = letter.summary[letter.summary.length - 1];
      if (!line || line.checkId !== id) letter.summary.push((line = { checkId: id, title, severity: meta.severity, count: 0 }));
      line.count++;
      const subject = meta.entity === 'member' ? (names.get(f.id) ?? '') : orgLabel(orgs.byId.get(f.id) ?? org);
      letter.rows.push({ who: subject, field: f.field ?? '', problem: f.problem });
    }
  }
  // In the order of the tree, as the specialist reads the region.
  const order = orgs.list.filter((o) => o.parentId === null).flatMap((root) => subtreeInOrder(orgs, root.id, true));
  return order.map((o) => letters.get(o.id)).filter((l): l is LetterData => l !== undefined);
}

/** Who gets a letter, for the page's choice of organizations. */
export function letterRecipients(letters: readonly LetterData[]): LetterRecipient[] {
  return letters.map(({ org, rows }) => {
    const surname = (org.chairSurname ?? '').trim();
    const chair = surname ? chairInitials({ surname, name: org.chairName, patronymic: org.chairPatronymic, gender: org.chairGender }, 'nominative') : '';
    return { orgId: org.id, code: org.code, orgName: orgLabel(org), chair, rows: rows.length };
  });
}
