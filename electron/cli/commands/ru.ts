import { CASES, CASE_LABELS, declineOrgName, declinePerson, parseCase, type Gender, type GrammaticalCase } from '../../../shared/ru';
import { parseOptions, requireOption } from '../args';
import { UsageError, type Output } from '../output';
import { CLI_TEXT } from '../strings';

const GENDERS: Record<string, Gender> = { м: 'male', муж: 'male', мужской: 'male', male: 'male', ж: 'female', жен: 'female', женский: 'female', female: 'female' };

function caseOption(value: string | undefined): GrammaticalCase {
  const c = parseCase(requireOption(value, 'case'));
  if (c === null) throw new UsageError(CLI_TEXT.badCase(value ?? '', CASES.map((k) => CASE_LABELS[k]).join(', ')));
  return c;
}

/** «Фамилия Имя Отчество»: the first word is the surname, the second the name, the rest the patronymic. */
function splitFio(text: string): { surname: string; name: string | null; patronymic: string | null } {
  const [surname = '', name, ...rest] = text.trim().split(/\s+/);
  return { surname, name: name ?? null, patronymic: rest.length > 0 ? rest.join(' ') : null };
}

/** `profreestr ru person|org "…" --case …`: prints a declined form, so anyone can check one. */
export async function ruCommand(argv: string[], out: Output): Promise<void> {
  const [what, text, ...rest] = argv;
  if (what !== 'person' && what !== 'org') throw new UsageError(CLI_TEXT.badRuWhat(what ?? ''));
  if (text === undefined || text.startsWith('--') || text.trim() === '') throw new UsageError(CLI_TEXT.ruNoText);
  if (what === 'org') {
    const opts = parseOptions(rest, { case: { type: 'string' } });
    const grammaticalCase = caseOption(opts.case);
    const form = declineOrgName(text, grammaticalCase);
    out.result({ input: text, case: grammaticalCase, form }, form);
    return;
  }
  const opts = parseOptions(rest, { gender: { type: 'string' }, case: { type: 'string' }, initials: { type: 'boolean' } });
  const genderText = requireOption(opts.gender, 'gender');
  const gender = GENDERS[genderText.trim().toLocaleLowerCase('ru-RU')];
  if (!gender) throw new UsageError(CLI_TEXT.badGender(genderText));
  const grammaticalCase = caseOption(opts.case);
  const form = declinePerson(splitFio(text), gender, grammaticalCase, { initials: opts.initials === true });
  out.result({ input: text, gender, case: grammaticalCase, form }, form);
}
