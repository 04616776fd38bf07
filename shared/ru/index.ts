// The project's one Russian language module: numbers, numeral agreement, dates, declension of
// persons and organization names. Pure TypeScript with no Node-only API, so the renderer and the
// Node engine print the same text.

export { NBSP, MINUS, formatInt, formatDecimal, formatNumber, formatPercent, formatRubles } from './numbers';
export { pluralCategory, pluralForm, agree, agreeOblique, agreeVerb, AGREE_WORDS } from './plural';
export type { PluralForms, PluralCategory, AgreeWord } from './plural';
export {
  MONTHS_GENITIVE,
  parseIsoDate,
  toCalendarDate,
  toIsoDate,
  formatDateNumeric,
  formatDateLong,
  formatDateQuoted,
  formatDateGenitiveYear,
  formatAsOf,
} from './dates';
export type { CalendarDate, DateInput } from './dates';
export { CASES, CASE_LABELS, isGrammaticalCase, parseCase } from './cases';
export type { GrammaticalCase } from './cases';
export {
  declinePerson,
  declineSurname,
  declineFirstName,
  declinePatronymic,
  initialsOf,
  initialsFirst,
  guessGender,
} from './person';
export type { Gender, PersonName, DeclinePersonOptions } from './person';
export { declineOrgName } from './organization';
export type { OrgNameOverride } from './organization';
