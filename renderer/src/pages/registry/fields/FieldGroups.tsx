import type { Dispatch, SetStateAction } from 'react';
import type { FieldSpec } from '../../../../../shared/edit/fields';
import { FieldInput } from './FieldInput';
import type { FormValues } from './formState';

export interface FieldGroup {
  title: string;
  fields: FieldSpec[];
}

interface Props {
  groups: readonly FieldGroup[];
  /** Prefix of the inputs' ids, unique on the page. */
  idPrefix: string;
  values: FormValues;
  setValues: Dispatch<SetStateAction<FormValues>>;
  problems: Readonly<Record<string, string>>;
  /** Leaves out the fields that are only shown, never typed (a new record has none yet). */
  editableOnly?: boolean;
}

/** A form's fields in titled groups (the card's «Личные данные», the passport's «Председатель»). */
export function FieldGroups({ groups, idPrefix, values, setValues, problems, editableOnly }: Props) {
  return (
    <>
      {groups.map((group) => (
        <fieldset key={group.title} className="card-form__group">
          <legend>{group.title}</legend>
          {group.fields
            .filter((spec) => spec.editable || !editableOnly)
            .map((spec) => (
              <FieldInput
                key={spec.key}
                id={`${idPrefix}-${spec.key}`}
                spec={spec}
                value={values[spec.key] ?? ''}
                readOnly={!spec.editable}
                problem={problems[spec.key] ?? null}
                onChange={(v) => setValues((cur) => ({ ...cur, [spec.key]: v }))}
              />
            ))}
        </fieldset>
      ))}
    </>
  );
}
