// Free text (names of organizations, addresses, positions): trimmed, whitespace runs and line
// breaks made one space, and bounded so a runaway cell cannot land in the registry.
import { cellText, fail, ok, type CellInput, type Parsed, type ValueParser } from './result';
import { VALUE_TEXT } from './strings';

export function textParser(maxLength: number): ValueParser<string> {
  return (input: CellInput): Parsed<string> => {
    const text = cellText(input).replace(/\s+/g, ' ');
    if (text === '') return ok(null);
    return text.length > maxLength ? fail(VALUE_TEXT.tooLong(text.length, maxLength)) : ok(text);
  };
}
