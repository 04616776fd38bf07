// Yes/no cells as people fill them in: да/нет, 1/0, +/−, истина/ложь (Excel's Russian TRUE/FALSE).
import { cellText, fail, normalizeWord, ok, quote, type CellInput, type Parsed } from './result';
import { VALUE_TEXT } from './strings';

const TRUE_WORDS = new Set(['да', 'д', 'yes', 'y', 'true', 'истина', '1', '+', 'есть', 'согласен', 'согласна', '✓', '✔', 'v']);
const FALSE_WORDS = new Set(['нет', 'н', 'no', 'n', 'false', 'ложь', '0', '-', '−', '–', '—', 'не согласен', 'не согласна']);

export function parseBoolean(input: CellInput): Parsed<boolean> {
  if (typeof input === 'boolean') return ok(input);
  if (typeof input === 'number') {
    if (input === 1) return ok(true);
    if (input === 0) return ok(false);
    return fail(VALUE_TEXT.notBoolean(quote(input)));
  }
  const text = cellText(input);
  if (text === '') return ok(null);
  const word = normalizeWord(text).replace(/\.$/, '');
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail(VALUE_TEXT.notBoolean(quote(input)));
}
