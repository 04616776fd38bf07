import { useEffect, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import { displayValue } from '../../../../../shared/edit/display';
import { DateInput } from '../fields/DateInput';

/**
 * The grid's date editor: «дд.мм.гггг» with the mask and a calendar. A typed character starts
 * a new date (as in Excel); F2 edits the current one. The text goes to the field's parser.
 */
export function DateCellEditor({ value, eventKey, onValueChange }: CustomCellEditorProps<unknown, unknown>) {
  const [text, setText] = useState(() => {
    if (eventKey && eventKey.length === 1) return eventKey;
    if (eventKey === 'Backspace' || eventKey === 'Delete') return '';
    return displayValue({ kind: 'date' }, value);
  });
  useEffect(() => {
    // A value started by typing replaces the cell even if nothing more is typed.
    if (eventKey && (eventKey.length === 1 || eventKey === 'Backspace' || eventKey === 'Delete')) onValueChange(text);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the starting key
  }, []);
  return (
    <DateInput
      className="grid-date-editor"
      autoFocus
      value={text}
      onFocus={(e) => {
        // Typed characters start a fresh value: keep the caret after them.
        const end = e.currentTarget.value.length;
        e.currentTarget.setSelectionRange(end, end);
      }}
      onChange={(next) => {
        setText(next);
        onValueChange(next);
      }}
    />
  );
}
