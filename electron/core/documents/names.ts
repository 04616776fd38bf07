// How documents name organizations and their chairs: the short name declined by the governing
// phrase (with the user's per-case override), the chair as «(Фамилия И.О.)», and the chair's
// gender, guessed from the name when the passport has none (the caller then warns the user).
import type { ChairName, IndicatorRow } from '../../../shared/domain/indicators';
import { declineOrgName, declinePerson, guessGender, initialsFirst, type Gender, type GrammaticalCase } from '../../../shared/ru';

/** The name documents use: the short name where there is one («Егорьевская районная организация Профсоюза»). */
export function docName(row: Pick<IndicatorRow, 'name' | 'shortName'>): string {
  return (row.shortName ?? '').trim() || row.name.trim();
}

export function orgIn(row: Pick<IndicatorRow, 'name' | 'shortName' | 'nameCases'>, grammaticalCase: GrammaticalCase): string {
  return declineOrgName(docName(row), grammaticalCase, row.nameCases);
}

/** The chair's gender: the passport's, else the one the name shows, else null. */
export function chairGender(chair: ChairName): Gender | null {
  return chair.gender ?? guessGender(chair);
}

/** «Фамилия И.О.» in a case; a chair of unknown gender is declined as a woman (most chairs are). */
export function chairInitials(chair: ChairName, grammaticalCase: GrammaticalCase): string {
  return declinePerson(chair, chairGender(chair) ?? 'female', grammaticalCase, { initials: true });
}

/** «И.О. Фамилия» under a signature. */
export function chairSignature(chair: ChairName | null): string {
  return chair ? initialsFirst(chair) : '';
}

/** A list item: «Егорьевской районной организации Профсоюза (Бойко Л.О.)». */
export function listItem(row: IndicatorRow, grammaticalCase: GrammaticalCase): string {
  const chair = row.chair ? chairInitials(row.chair, 'nominative') : 'председатель не указан';
  return `${orgIn(row, grammaticalCase)} (${chair})`;
}

/** Warnings for chairs whose gender the documents had to guess or could not tell. */
export function genderWarnings(rows: readonly IndicatorRow[]): string[] {
  return rows
    .filter((r) => r.chair && !r.chair.gender && chairGender(r.chair) === null)
    .map((r) => `Не указан пол председателя ${orgIn(r, 'genitive')} (${r.chair!.surname}): формы слов выбраны для женского рода — проверьте.`);
}
