import { useEffect, useState } from 'react';
import type { ActionResult, OrgGridRow } from '../../../../../shared/api/methods/edit';
import { fieldByKey, type FieldSpec } from '../../../../../shared/edit/fields';
import { send } from '../../../api';
import { FieldGroups, type FieldGroup } from '../fields/FieldGroups';
import { formValues } from '../fields/formState';
import { useRecordForm } from '../fields/useRecordForm';
import { History } from '../fields/History';
import { REGISTRY_TEXT } from '../strings';

const T = REGISTRY_TEXT.dialog;
const specs = (keys: string[]): FieldSpec[] => keys.map((k) => fieldByKey('organization', k)!);
const GROUPS: FieldGroup[] = [
  { title: T.groups.org, fields: specs(['name', 'shortName', 'code', 'level', 'kind', 'status', 'inn', 'address', 'aisResponsible']) },
  {
    title: T.groups.chair,
    fields: specs([
      'chairSurname',
      'chairName',
      'chairPatronymic',
      'chairGender',
      'chairPhone',
      'chairEmail',
      'chairEmailConsent',
      'chairTermStart',
      'chairTermEnd',
    ]),
  },
  { title: T.groups.stat, fields: specs(['statMembers', 'statWorking', 'statStudents', 'statPensioners', 'statEmployees', 'statAutoReport']) },
];
const ALL = GROUPS.flatMap((g) => g.fields);

interface Props {
  org: OrgGridRow;
  orgName: (id: number) => string;
  onSaved: (result: ActionResult) => void;
  onClose: () => void;
  report: (error: unknown) => void;
}

/** The passport of the selected organization as a side form, with its history. */
export function OrgPassport({ org, orgName, onSaved, onClose, report }: Props) {
  const form = useRecordForm(ALL, formValues(ALL, org as unknown as Record<string, unknown>), report);
  const { reset } = form;
  const [version, setVersion] = useState(0);

  // Another organization chosen, or this one re-read after a save: the form starts afresh.
  useEffect(() => reset(formValues(ALL, org as unknown as Record<string, unknown>)), [org, reset]);

  const save = () =>
    form.submit(async (changes) => {
      const result = await send('edit.apply', {
        source: 'edit',
        label: REGISTRY_TEXT.edit.labelPassport(org.shortName || org.name),
        changes: changes.map((c) => ({ entity: 'organization' as const, id: org.id, ...c })),
      });
      setVersion((v) => v + 1);
      onSaved(result);
    });

  return (
    <aside className="org-passport" aria-label={T.passportTitle}>
      <div className="panel-toolbar">
        <h2 className="panel-toolbar__title">{T.passportTitle}</h2>
        <button type="button" aria-label={T.close} title={T.close} onClick={onClose}>
          ×
        </button>
      </div>
      <form
        className="org-passport__form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {form.refusal && (
          <div className="form-refusal" role="alert">
            {form.refusal}
          </div>
        )}
        <FieldGroups groups={GROUPS} idPrefix="passport" values={form.values} setValues={form.setValues} problems={form.problems} />
        <div className="org-passport__actions">
          <button type="button" onClick={() => form.setValues(form.initial)}>
            {T.cancel}
          </button>
          <button type="submit" className="primary">
            {T.ok}
          </button>
        </div>
      </form>
      <History entity="organization" id={org.id} version={version} orgName={orgName} />
    </aside>
  );
}
