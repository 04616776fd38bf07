// Parts of a person's name: trimmed, one space, each word and each hyphenated half capitalized
// («ИВАНОВА-петрова» → «Иванова-Петрова»); the particles of Turkic patronymics stay lower case.
import { cellText, fail, ok, quote, type CellInput, type Parsed } from './result';
import { VALUE_TEXT } from './strings';

const PARTICLES = new Set(['оглы', 'кызы', 'улы', 'уулу', 'ибн']);
const NAME_CHARS = /^[\p{L}\s'’.-]+$/u;
const MAX_NAME = 100;

function capitalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (PARTICLES.has(lower)) return lower;
  return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function capitalizeName(text: string): string {
  return text
    .trim()
    .replace(/\s*[-‐‑–—]\s*/g, '-')
    .split(/\s+/)
    .map(capitalizeWord)
    .join(' ');
}

export function parseNamePart(input: CellInput): Parsed<string> {
  const text = cellText(input);
  if (text === '') return ok(null);
  if (text.length > MAX_NAME) return fail(VALUE_TEXT.tooLong(text.length, MAX_NAME));
  if (!NAME_CHARS.test(text)) return fail(VALUE_TEXT.badNameChars(quote(input)));
  return ok(capitalizeName(text));
}

export interface FullName {
  surname: string;
  name: string;
  patronymic: string | null;
}

/** «Иванова Анна Петровна» as one cell; «Мамедов Эльдар Рафик оглы» keeps «Рафик оглы». */
export function parseFullName(input: CellInput): Parsed<FullName> {
  const part = parseNamePart(input);
  if (!part.ok || part.value === null) return part.ok ? ok(null) : part;
  const words = part.value.split(' ');
  const last = words[words.length - 1]!;
  if (words.length === 4 && PARTICLES.has(last)) words.splice(2, 2, `${words[2]} ${last}`);
  if (words.length < 2 || words.length > 3) return fail(VALUE_TEXT.fullNameParts(quote(input)));
  return ok({ surname: words[0]!, name: words[1]!, patronymic: words[2] ?? null });
}
