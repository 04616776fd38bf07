import { useId, useState, type FormEvent } from 'react';
import { FILE_TEXT } from './strings';

interface Props {
  mode: 'open' | 'create';
  disabled: boolean;
  onSubmit: (path: string) => void;
  onCancel: () => void;
}

/** Browser mode has no file dialog: the user types (or pastes) the full path instead. */
export function PathForm({ mode, disabled, onSubmit, onCancel }: Props) {
  const [path, setPath] = useState('');
  const [touched, setTouched] = useState(false);
  const inputId = useId();
  const errorId = useId();
  const empty = path.trim() === '';

  const submit = (event: FormEvent) => {
    // Never a real form submission: the CSP forbids it and the call goes through the API.
    event.preventDefault();
    setTouched(true);
    if (!empty) onSubmit(path.trim());
  };

  return (
    <form className="path-form" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>{FILE_TEXT.pathLabel}</label>
      <input
        id={inputId}
        type="text"
        value={path}
        autoFocus
        spellCheck={false}
        placeholder={FILE_TEXT.pathPlaceholder}
        aria-invalid={touched && empty}
        aria-describedby={touched && empty ? errorId : undefined}
        onChange={(event) => setPath(event.target.value)}
      />
      {touched && empty && (
        <div id={errorId} className="path-form__error">
          {FILE_TEXT.pathRequired}
        </div>
      )}
      <div className="path-form__buttons">
        <button type="submit" className="primary" disabled={disabled}>
          {mode === 'open' ? FILE_TEXT.pathSubmitOpen : FILE_TEXT.pathSubmitCreate}
        </button>
        <button type="button" onClick={onCancel} disabled={disabled}>
          {FILE_TEXT.pathCancel}
        </button>
      </div>
    </form>
  );
}
