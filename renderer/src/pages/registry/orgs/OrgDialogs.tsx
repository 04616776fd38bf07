// Dialogs of the organization tree: a new child organization, moving one under another parent
// («Переместить…»), and the confirmation of liquidation or deletion.
import { useState } from 'react';
import type { OrgGridRow } from '../../../../../shared/api/methods/edit';
import { ORG_LEVEL_LABELS, type OrgLevel } from '../../../../../shared/domain/enums';
import { fieldByKey } from '../../../../../shared/edit/fields';
import { CHILD_LEVELS } from '../../../../../shared/edit/orgLevels';
import { Dialog } from '../../../components/Dialog';
import { FieldInput } from '../fields/FieldInput';
import { FormButtons } from '../fields/FormButtons';
import { REGISTRY_TEXT } from '../strings';
import { OrgPicker } from './OrgPicker';

const T = REGISTRY_TEXT.dialog;

export interface NewOrg {
  level: OrgLevel;
  values: Record<string, string>;
}

export function AddOrgDialog(props: { parent: OrgGridRow; onCancel: () => void; onApply: (org: NewOrg) => void }) {
  const levels = CHILD_LEVELS[props.parent.level];
  const [level, setLevel] = useState<OrgLevel>(levels[0] ?? 'primary');
  const [values, setValues] = useState<Record<string, string>>({ name: '', shortName: '', kind: '', code: '' });
  const field = (key: string) => (
    <FieldInput
      key={key}
      id={`new-org-${key}`}
      spec={key === 'code' ? { ...fieldByKey('organization', key)!, label: T.code } : fieldByKey('organization', key)!}
      value={values[key] ?? ''}
      onChange={(v) => setValues((cur) => ({ ...cur, [key]: v }))}
    />
  );
  return (
    <Dialog
      title={T.addOrgTitle(props.parent.shortName || props.parent.name)}
      closeLabel={T.close}
      onClose={props.onCancel}
      footer={<FormButtons form="org-op" onCancel={props.onCancel} disabled={values.name!.trim() === '' || levels.length === 0} />}
    >
      <form
        id="org-op"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
          props.onApply({ level, values: filled });
        }}
      >
        <div className="field">
          <label htmlFor="new-org-level">{T.level}</label>
          <select id="new-org-level" value={level} onChange={(e) => setLevel(e.target.value as OrgLevel)}>
            {levels.map((l) => (
              <option key={l} value={l}>
                {ORG_LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </div>
        {['name', 'shortName', 'kind', 'code'].map(field)}
      </form>
    </Dialog>
  );
}

export function MoveOrgDialog(props: {
  org: OrgGridRow;
  orgs: readonly OrgGridRow[];
  onCancel: () => void;
  onApply: (parentId: number) => void;
}) {
  const [parentId, setParentId] = useState<number | null>(null);
  // Every organization is offered except the one itself and its current parent; the engine
  // refuses a cycle or a level that cannot stand there, with its reason.
  const allowed = (o: OrgGridRow) => o.id !== props.org.id && o.id !== props.org.parentId;
  return (
    <Dialog
      title={T.moveTitle(props.org.shortName || props.org.name)}
      closeLabel={T.close}
      onClose={props.onCancel}
      footer={<FormButtons form="org-op" onCancel={props.onCancel} disabled={parentId === null} />}
    >
      <form
        id="org-op"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (parentId !== null) props.onApply(parentId);
        }}
      >
        <p>{T.moveHint}</p>
        <OrgPicker id="move-target" orgs={props.orgs} allowed={allowed} value={parentId} onChange={setParentId} />
      </form>
    </Dialog>
  );
}

export function ConfirmDialog(props: { text: string; onCancel: () => void; onApply: () => void }) {
  return (
    <Dialog title={T.confirm} closeLabel={T.close} onClose={props.onCancel} footer={<FormButtons form="org-op" onCancel={props.onCancel} label={T.yes} />}>
      <form
        id="org-op"
        onSubmit={(e) => {
          e.preventDefault();
          props.onApply();
        }}
      >
        <p>{props.text}</p>
      </form>
    </Dialog>
  );
}
