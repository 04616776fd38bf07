// The state of a card or passport form: each field as the text its input shows, and the
// changes to save — every one read with its field's parser first, so a problem is shown next
// to the field and nothing is sent.
import { displayValue } from '../../../../../shared/edit/display';
import { readFieldValue, type FieldSpec } from '../../../../../shared/edit/fields';

export type FormValues = Record<string, string>;

/** A stored value as its input shows it: enum ids and '1'/'0' for selects, dd.mm.yyyy for dates. */
export function toFormValue(spec: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (spec.kind === 'bool') return value === true || value === 1 ? '1' : '0';
  if (spec.kind === 'enum') return String(value);
  return displayValue(spec, value);
}

export function formValues(specs: readonly FieldSpec[], record: Readonly<Record<string, unknown>>): FormValues {
  return Object.fromEntries(specs.map((s) => [s.key, toFormValue(s, record[s.key])]));
}

export interface FormCheck {
  /** Changed fields and their new text, ready for edit.apply. */
  changes: { field: string; value: string }[];
  /** Field key → Russian problem. */
  problems: Record<string, string>;
}

export function checkForm(specs: readonly FieldSpec[], initial: FormValues, current: FormValues): FormCheck {
  const changes: FormCheck['changes'] = [];
  const problems: Record<string, string> = {};
  for (const spec of specs) {
    const value = current[spec.key] ?? '';
    if (!spec.editable || value === (initial[spec.key] ?? '')) continue;
    const read = readFieldValue(spec, value);
    if (read.ok) changes.push({ field: spec.key, value });
    else problems[spec.key] = read.problem;
  }
  return { changes, problems };
}
