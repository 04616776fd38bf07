// The two scans of the members on registration that every single-field member check reads.
// The flag scan: the file marks each row with a bit per check it fails and returns only marked
// rows (the category-against-kind check reads an index instead). The text scan: the file returns only the rows whose names, phones, e-mails or gender the
// parsers must read (prefilter.ts). A 200,000-member region is read twice, not once per check
// (measured: two narrow scans are faster than one that carries the text of every marked row).
import type { Gender, MemberCategory } from '../../../shared/domain/enums';
import { daysEarlier, yearsEarlier } from './dates';
import { isStudentsOrg } from './orgs';
import { MAYBE_TEXT_FUNCTION, TEXT_LINE_SQL, maybeTextProblem } from './prefilter';
import type { CheckContext } from './types';

/** Ages outside these bounds on the data date are implausible. */
export const MIN_AGE = 14;
export const MAX_AGE = 100;

export const BIT = { unset: 1, card: 4, refused: 8, birth: 16, noConsent: 32 } as const;

const ISO_GLOB = '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]';

// The mask is written once in the inner query; the outer one only reads plain columns (a CASE on
// the mask there would make SQLite compute the whole mask again per column: measured 2.5× slower).
const FLAG_SQL = `
SELECT id, org_id, mask, birth_date, card_status_date
  FROM (
  SELECT id, org_id, birth_date, card_status_date,
         (category = 'unset') * ${BIT.unset}
       + (card_status = 'delivered' AND (card_status_date IS NULL OR card_status_date < @cardLimit)) * ${BIT.card}
       + (card_status = 'refused' AND app_installed = 0) * ${BIT.refused}
       + (birth_date IS NOT NULL AND (birth_date NOT GLOB '${ISO_GLOB}' OR birth_date > @youngest OR birth_date <= @oldest)) * ${BIT.birth}
       + (pd_consent = 0) * ${BIT.noConsent} AS mask
    FROM members WHERE removed_on IS NULL)
 WHERE mask <> 0 ORDER BY id`;

const TEXT_SQL = `SELECT id, org_id, surname, name, patronymic, gender, phone, email FROM members
 WHERE removed_on IS NULL AND ${MAYBE_TEXT_FUNCTION}(${TEXT_LINE_SQL}) ORDER BY id`;

export interface FlagRow {
  id: number;
  org_id: number;
  mask: number;
  birth_date: string | null;
  card_status_date: string | null;
}

/** Members whose category contradicts their organization's kind: a few index seeks per organization. */
const MISMATCH_SQL = `SELECT id, org_id, category FROM members
 WHERE removed_on IS NULL AND ((category = 'student' AND org_id IN (SELECT value FROM json_each(@workers)))
    OR (category IN ('working', 'pensioner') AND org_id IN (SELECT value FROM json_each(@students))))
 ORDER BY id`;

export interface TextRow {
  id: number;
  org_id: number;
  surname: string;
  name: string;
  patronymic: string | null;
  gender: Gender | null;
  phone: string | null;
  email: string | null;
}

export function flagScan(ctx: CheckContext): FlagRow[] {
  return ctx.shared('flagScan', () =>
    ctx.db.prepare(FLAG_SQL).all({
      cardLimit: daysEarlier(ctx.asOf, ctx.options.cardDays),
      youngest: yearsEarlier(ctx.asOf, MIN_AGE),
      oldest: yearsEarlier(ctx.asOf, MAX_AGE + 1),
    }) as FlagRow[],
  );
}

export function categoryMismatches(ctx: CheckContext): Array<{ id: number; org_id: number; category: MemberCategory }> {
  const students: number[] = [];
  const workers: number[] = [];
  for (const o of ctx.orgs.list) {
    if (o.kind === null) continue; // an organization of unknown kind can contradict no category
    (isStudentsOrg(o) ? students : workers).push(o.id);
  }
  return ctx.db.prepare(MISMATCH_SQL).all({ workers: JSON.stringify(workers), students: JSON.stringify(students) }) as Array<{
    id: number;
    org_id: number;
    category: MemberCategory;
  }>;
}

export function textScan(ctx: CheckContext): TextRow[] {
  return ctx.shared('textScan', () => {
    ctx.db.function(MAYBE_TEXT_FUNCTION, { deterministic: true }, (line: unknown) => (maybeTextProblem(line) ? 1 : 0));
    return ctx.db.prepare(TEXT_SQL).all() as TextRow[];
  });
}
