// Readers of single values as people type them into spreadsheets. Pure TypeScript with no Node
// API: the import engine and the grid's paste check use the same rules.
export { cellText, isBlank, normalizeWord, ok, fail, quote } from './result';
export type { CellInput, Parsed, ValueParser } from './result';
export { parseDate, dateInFileName, MIN_YEAR, MAX_YEAR } from './dates';
export { parseBoolean } from './booleans';
export {
  enumParser,
  parseGender,
  parseOrgLevel,
  parseOrgKind,
  parseOrgStatus,
  parseMemberCategory,
  parseCardStatus,
  parseRemovalReason,
} from './enums';
export { parsePhone } from './phones';
export { parseEmail, cleanEmailText } from './emails';
export { parseNamePart, parseFullName, capitalizeName } from './names';
export type { FullName } from './names';
export { parseCount, parseCode, parseInn } from './numbers';
export { textParser } from './text';
