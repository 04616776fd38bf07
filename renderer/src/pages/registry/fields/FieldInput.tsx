import type { FieldSpec } from '../../../../../shared/edit/fields';
import { EDIT_TEXT } from '../../../../../shared/edit/strings';
import { DateInput } from './DateInput';

interface Props {
  spec: FieldSpec;
  /** The form's text for the field: typed text, an enum id, '1'/'0' for yes/no, '' for blank. */
  value: string;
  onChange: (value: string) => void;
  problem?: string | null;
  readOnly?: boolean;
  id: string;
}

/** One field of a card or passport form, with the editor its kind needs and its problem below. */
export function FieldInput({ spec, value, onChange, problem, readOnly, id }: Props) {
  const invalid = problem ? true : undefined;
  const describedBy = problem ? `${id}-problem` : undefined;
  const common = { id, 'aria-invalid': invalid, 'aria-describedby': describedBy, disabled: readOnly };
  let input;
  if (spec.kind === 'enum' || spec.kind === 'bool') {
    const options: [string, string][] =
      spec.kind === 'bool' ? [['1', EDIT_TEXT.yes], ['0', EDIT_TEXT.no]] : Object.entries(spec.options ?? {});
    const blankAllowed = spec.blank === null;
    input = (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        {(blankAllowed || value === '') && <option value="">—</option>}
        {options.map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'date') {
    input = <DateInput {...common} value={value} onChange={onChange} />;
  } else {
    input = (
      <input
        {...common}
        type="text"
        inputMode={spec.kind === 'count' ? 'numeric' : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className={'field' + (problem ? ' field--invalid' : '')}>
      <label htmlFor={id}>{spec.label}</label>
      {input}
      {problem && (
        <span className="field__problem" id={`${id}-problem`}>
          {problem}
        </span>
      )}
    </div>
  );
}
