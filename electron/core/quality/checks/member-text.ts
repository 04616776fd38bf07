// Checks that read names, phones and e-mails with the import's own parsers (shared/values), so a
// check and its fix can never disagree: a value is wrong when the parser refuses it, and not in
// the registry's form when the parser returns something else. The shared member scan first drops
// the rows whose every value is provably in the parser's form (prefilter.ts); the rest is parsed.
import { EDIT_TEXT } from '../../../../shared/edit/strings';
import { GENDER_LABELS, type Gender } from '../../../../shared/domain/enums';
import { guessGender } from '../../../../shared/ru';
import { parseEmail, parseNamePart, parsePhone, type Parsed } from '../../../../shared/values';
import { textScan, type TextRow } from '../member-scan';
import { QUALITY_ENGINE_TEXT as T } from '../strings';
import type { CheckDef, Finding } from '../types';


/** A value as its parser reads it: refused, already in form, or to be rewritten. */
export type Reading = { kind: 'bad'; problem: string } | { kind: 'ok' } | { kind: 'fix'; value: string | null };

export function readWith(parse: (v: string) => Parsed<string>, value: string | null): Reading {
  if (value === null) return { kind: 'ok' };
  const parsed = parse(value);
  if (!parsed.ok) return { kind: 'bad', problem: parsed.problem };
  return parsed.value === value ? { kind: 'ok' } : { kind: 'fix', value: parsed.value };
}

const NAME_PARTS = ['surname', 'name', 'patronymic'] as const;
export const CONTACTS = ['phone', 'email'] as const;
const PARSERS = { surname: parseNamePart, name: parseNamePart, patronymic: parseNamePart, phone: parsePhone, email: parseEmail };

/** Each field's reading, for the fields of one kind (names or contacts). */
export function readFields<F extends keyof typeof PARSERS>(row: Pick<TextRow, F>, fields: readonly F[]): Array<{ field: F; reading: Reading }> {
  return fields.map((field) => ({ field, reading: readWith(PARSERS[field], row[field] as string | null) }));
}

/** A required name part that reads as blank cannot be fixed: it must be typed in. */
function nameReading(field: (typeof NAME_PARTS)[number], reading: Reading): Reading {
  if (reading.kind === 'fix' && reading.value === null && field !== 'patronymic') return { kind: 'bad', problem: EDIT_TEXT.required };
  return reading;
}

function describe(row: TextRow, parts: Array<{ field: keyof TextRow; reading: Reading }>, want: 'bad' | 'fix'): Omit<Finding, 'id' | 'orgId'> | null {
  const hits = parts.filter((p) => p.reading.kind === want);
  if (hits.length === 0) return null;
  const label = (f: keyof TextRow) => (EDIT_TEXT.member as Record<string, string>)[f] ?? f;
  return {
    field: hits.map((h) => label(h.field)).join(', '),
    problem: hits
      .map((h) => (h.reading.kind === 'bad' ? h.reading.problem : T.notInForm(String(row[h.field] ?? ''), h.reading.kind === 'fix' ? h.reading.value : null)))
      .join('; '),
  };
}

function textCheck(id: CheckDef['id'], find: (row: TextRow) => Omit<Finding, 'id' | 'orgId'> | null): CheckDef {
  return {
    id,
    run(ctx) {
      const out: Finding[] = [];
      for (const row of textScan(ctx)) {
        const found = find(row);
        if (found) out.push({ id: row.id, orgId: row.org_id, ...found });
      }
      return out;
    },
  };
}

/** The gender the patronymic alone shows (-ич/оглы, -на/кызы), or null. */
export function patronymicGender(patronymic: string | null): Gender | null {
  return patronymic ? guessGender({ surname: '', name: null, patronymic }) : null;
}

/** Each name part's reading, a blank surname or name refused (it must be typed in). */
export const nameReadings = (row: TextRow) => readFields(row, NAME_PARTS).map((p) => ({ field: p.field, reading: nameReading(p.field, p.reading) }));

export const MEMBER_TEXT_CHECKS: CheckDef[] = [
  textCheck('member.fioFormat', (row) => {
    const parts = nameReadings(row);
    return describe(row, parts, 'bad') ?? describe(row, parts, 'fix');
  }),
  textCheck('member.badContact', (row) => describe(row, readFields(row, CONTACTS), 'bad')),
  textCheck('member.contactFormat', (row) => describe(row, readFields(row, CONTACTS), 'fix')),
  textCheck('member.genderPatronymic', (row) => {
    const shown = patronymicGender(row.patronymic);
    if (row.gender === null || shown === null || shown === row.gender) return null;
    return { field: EDIT_TEXT.member.gender, problem: T.genderPatronymic(GENDER_LABELS[row.gender], row.patronymic ?? '') };
  }),
];
