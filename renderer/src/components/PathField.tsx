import { useId, useState, type FormEvent } from 'react';
import { PATH_FIELD_TEXT } from './strings';
import './components.css';

export type PathTarget = keyof typeof PATH_FIELD_TEXT.label;

interface Props {
  /** What the path is of: a file to save or read (export, import, templates) or a registry file. */
  target?: PathTarget;
  submitLabel: string;
  disabled: boolean;
  /** The cursor goes into the field at once (the start screen, where nothing else is asked). */
  autoFocus?: boolean;
  onSubmit: (path: string) => void;
  onCancel?: () => void;
}

/** Browser mode has no file dialog: the user types (or pastes) the full path instead. */
export function PathField({ target = 'file', submitLabel, disabled, autoFocus = false, onSubmit, onCancel }: Props) {
  const [path, setPath] = useState('');
  const [touched, setTouched] = useState(false);
  const id = useId();
  const errorId = useId();
  const empty = path.trim() === '';
  const submit = (event: FormEvent) => {
    // Never a real form submission: the CSP forbids it and the call goes through the API.
    event.preventDefault();
    setTouched(true);
    if (!empty) onSubmit(path.trim());
  };
  return (
    <form className="path-field" onSubmit={submit} noValidate>
      <label htmlFor={id}>{PATH_FIELD_TEXT.label[target]}</label>
      <input
        id={id}
        type="text"
        value={path}
        autoFocus={autoFocus}
        spellCheck={false}
        placeholder={PATH_FIELD_TEXT.placeholder[target]}
        aria-invalid={touched && empty}
        aria-describedby={touched && empty ? errorId : undefined}
        onChange={(e) => setPath(e.target.value)}
      />
      {touched && empty && (
        <div id={errorId} className="error-box">
          {PATH_FIELD_TEXT.required}
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={disabled}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={disabled}>
            {PATH_FIELD_TEXT.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
