// The working state of a card or passport form: the fields' texts, the problems next to them,
// the engine's refusal above them, and saving — only when every changed field reads well.
import { useCallback, useState } from 'react';
import type { FieldSpec } from '../../../../../shared/edit/fields';
import { EDIT_TEXT } from '../../../../../shared/edit/strings';
import { ApiError } from '../../../api';
import { checkForm, type FormCheck, type FormValues } from './formState';

export function useRecordForm(specs: readonly FieldSpec[], start: FormValues, report: (error: unknown) => void) {
  const [initial, setInitial] = useState<FormValues>(start);
  const [values, setValues] = useState<FormValues>(start);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** The record was (re)read: the form starts afresh from it. */
  const reset = useCallback((next: FormValues) => {
    setInitial(next);
    setValues(next);
    setProblems({});
    setRefusal(null);
  }, []);

  /**
   * Checks the fields changed since the form opened (every field of a new record, whose required
   * ones must be filled) and hands the changes to `save`; returns false when nothing was sent.
   */
  const submit = async (save: (changes: FormCheck['changes']) => Promise<void>, isNew = false): Promise<boolean> => {
    const check = checkForm(specs, isNew ? {} : initial, values);
    if (isNew) {
      for (const spec of specs) {
        if (spec.blank === 'required' && (values[spec.key] ?? '').trim() === '') check.problems[spec.key] = EDIT_TEXT.required;
      }
    }
    setProblems(check.problems);
    setRefusal(null);
    if (Object.keys(check.problems).length > 0 || check.changes.length === 0) return false;
    setBusy(true);
    try {
      await save(check.changes);
      return true;
    } catch (error) {
      if (error instanceof ApiError) setRefusal(error.message);
      else report(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { initial, values, setValues, problems, refusal, busy, reset, submit };
}
