import { useId, useState, type FormEvent } from 'react';
import { SAVE_TARGET_TEXT } from './strings';
import './saveTarget.css';

interface Props {
  submitLabel: string;
  disabled: boolean;
  initial?: string;
  onSubmit: (path: string) => void;
  onCancel?: () => void;
}

/** Browser mode has no file dialog: the full path is typed (or pasted) here. */
export function PathField({ submitLabel, disabled, initial = '', onSubmit, onCancel }: Props) {
  const [path, setPath] = useState(initial);
  const [touched, setTouched] = useState(false);
  const id = useId();
  const errorId = useId();
  const empty = path.trim() === '';
  const submit = (event: FormEvent) => {
    // Never a real form submission: the call goes through the API.
    event.preventDefault();
    setTouched(true);
    if (!empty) onSubmit(path.trim());
  };
  return (
    <form className="save-path" onSubmit={submit} noValidate>
      <label htmlFor={id}>{SAVE_TARGET_TEXT.path.label}</label>
      <input
        id={id}
        type="text"
        value={path}
        spellCheck={false}
        placeholder={SAVE_TARGET_TEXT.path.placeholder}
        aria-invalid={touched && empty}
        aria-describedby={touched && empty ? errorId : undefined}
        onChange={(e) => setPath(e.target.value)}
      />
      {touched && empty && (
        <div id={errorId} className="save-path__error">
          {SAVE_TARGET_TEXT.path.required}
        </div>
      )}
      <div className="save-path__buttons">
        <button type="submit" className="primary" disabled={disabled}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={disabled}>
            {SAVE_TARGET_TEXT.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
