import { useRef, type InputHTMLAttributes } from 'react';
import { REGISTRY_TEXT } from '../strings';
import { isoFromMasked, maskDate, maskedFromIso } from './dateMask';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onChange: (text: string) => void;
};

/** A date typed as «дд.мм.гггг» with the mask, or chosen in the browser's calendar. */
export function DateInput({ value, onChange, className, ...rest }: Props) {
  const picker = useRef<HTMLInputElement | null>(null);
  return (
    <span className={'date-input ' + (className ?? '')}>
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        placeholder={REGISTRY_TEXT.dialog.datePlaceholder}
        value={value}
        onChange={(e) => onChange(maskDate(e.target.value))}
      />
      <button
        type="button"
        className="date-input__pick"
        tabIndex={-1}
        aria-label={REGISTRY_TEXT.dialog.datePicker}
        title={REGISTRY_TEXT.dialog.datePicker}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          const input = picker.current;
          if (!input) return;
          input.value = isoFromMasked(value);
          input.showPicker?.();
        }}
      >
        ▾
      </button>
      <input
        ref={picker}
        type="date"
        className="date-input__native"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => onChange(maskedFromIso(e.target.value))}
      />
    </span>
  );
}
