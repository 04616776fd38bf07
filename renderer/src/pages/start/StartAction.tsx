import { useId } from 'react';

interface Props {
  label: string;
  hint: string;
  primary?: boolean;
  disabled: boolean;
  /** Set where the button reveals a path field (browser mode), so screen readers know. */
  expanded?: boolean;
  onClick: () => void;
}

/** One big start-screen button with its one-line explanation under it. */
export function StartAction({ label, hint, primary, disabled, expanded, onClick }: Props) {
  const hintId = useId();
  return (
    <div className="start-action">
      <button
        type="button"
        className={primary ? 'start-action__button primary' : 'start-action__button'}
        aria-describedby={hintId}
        aria-expanded={expanded}
        disabled={disabled}
        onClick={onClick}
      >
        {label}
      </button>
      <p id={hintId} className="start-action__hint">
        {hint}
      </p>
    </div>
  );
}
