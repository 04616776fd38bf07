import { REGISTRY_TEXT } from '../strings';

interface Props {
  /** The id of the form the main button submits. */
  form: string;
  onCancel: () => void;
  disabled?: boolean;
  label?: string;
}

/** «Отмена» and the main button of a dialog's form. */
export function FormButtons({ form, onCancel, disabled, label = REGISTRY_TEXT.dialog.apply }: Props) {
  return (
    <>
      <button type="button" onClick={onCancel}>
        {REGISTRY_TEXT.dialog.cancel}
      </button>
      <button type="submit" form={form} className="primary" disabled={disabled}>
        {label}
      </button>
    </>
  );
}
