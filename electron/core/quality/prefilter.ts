// A quick test that lets the member scan skip the rows whose names, phones, e-mails and gender
// are PROVABLY what the parsers (shared/values) and the patronymic rule (shared/ru) accept
// unchanged. It never decides a problem: a row it keeps is read by the parsers, a row it drops
// would read back as itself. tests/unit/quality/prefilter.test.ts holds it to that on tricky
// values. The file joins the six fields into one line and calls this test as a function inside
// its scan, so the ~90% of plain rows never become JavaScript objects (one string per row
// instead of six keeps a 200,000-member scan near a quarter of a second).

/** What a NULL becomes in the line: a blank ('') is not plain (the parser turns it into NULL). */
const NULL = '\u0001';
const SEP = '\t';

/** One capitalized word of Russian letters (capitalizeName keeps it), not a Turkic particle (it lowers those). */
const NAME = `(?!(?:Оглы|Кызы|Улы|Уулу|Ибн)${SEP})[А-ЯЁ][а-яё]{0,99}`;
/** The patronymic and the gender: a patronymic ending as the gender says (-ич men, -на women) agrees with it. */
const PATRONYMIC_GENDER = [
  `${NULL}${SEP}(?:${NULL}|male|female)`,
  `${NAME}${SEP}${NULL}`,
  `(?=[^${SEP}]*ич${SEP})${NAME}${SEP}male`,
  `(?=[^${SEP}]*на${SEP})${NAME}${SEP}female`,
].join('|');
/** +7 and ten digits: parsePhone's own output. */
const PHONE = `\\+7\\d{10}`;
/** Lower-case Latin address of dot-separated parts with a 2+ letter ending: parseEmail keeps it. */
const EMAIL = `[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}`;

const PLAIN_LINE = new RegExp(
  `^${NAME}${SEP}${NAME}${SEP}(?:${PATRONYMIC_GENDER})${SEP}(?:${NULL}|${PHONE})${SEP}(?:${NULL}|${EMAIL})$`,
  'u',
);

/** The line the file builds for each member: surname, name, patronymic, gender, phone, e-mail. */
export const TEXT_LINE_SQL = ['surname', 'name', 'patronymic', 'gender', 'phone', 'email']
  .map((c) => `ifnull(${c}, char(1))`)
  .join(' || char(9) || ');

/** Whether any text check must read the member whose line this is. */
export function maybeTextProblem(line: unknown): boolean {
  return typeof line !== 'string' || !PLAIN_LINE.test(line);
}

export const MAYBE_TEXT_FUNCTION = 'profreestr_maybe_text_problem';
