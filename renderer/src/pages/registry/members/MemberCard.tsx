import type { ActionResult } from '../../../../../shared/api/methods/edit';
import type { MemberRow } from '../../../../../shared/domain/types';
import { fieldByKey, type FieldSpec } from '../../../../../shared/edit/fields';
import { initialsOf } from '../../../../../shared/ru';
import { send } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { FieldGroups, type FieldGroup } from '../fields/FieldGroups';
import { FormButtons } from '../fields/FormButtons';
import { formValues } from '../fields/formState';
import { useRecordForm } from '../fields/useRecordForm';
import { History } from '../fields/History';
import { REGISTRY_TEXT } from '../strings';

const T = REGISTRY_TEXT.dialog;

const specs = (keys: string[]): FieldSpec[] => keys.map((k) => fieldByKey('member', k)!);
const GROUPS: FieldGroup[] = [
  { title: T.groups.personal, fields: specs(['surname', 'name', 'patronymic', 'gender', 'birthDate', 'phone', 'email', 'aisId']) },
  {
    title: T.groups.membership,
    fields: specs(['category', 'position', 'joinedOn', 'registeredOn', 'joinedOnline', 'transferredOn', 'removedOn', 'removalReason']),
  },
  { title: T.groups.card, fields: specs(['cardNumber', 'cardStatus', 'cardStatusDate', 'appInstalled', 'profcards']) },
  { title: T.groups.consents, fields: specs(['pdConsent', 'pdConsentDate', 'mailingConsent']) },
];
const ALL = GROUPS.flatMap((g) => g.fields);

export type CardTarget = { kind: 'edit'; row: MemberRow } | { kind: 'new'; orgId: number; orgName: string };

interface Props {
  target: CardTarget;
  orgName: (id: number) => string;
  onSaved: (result: ActionResult) => void;
  onClose: () => void;
  report: (error: unknown) => void;
}

/** The member account card: fields grouped as in the AIS, and the member's history. */
export function MemberCard({ target, orgName, onSaved, onClose, report }: Props) {
  const record = target.kind === 'edit' ? (target.row as unknown as Record<string, unknown>) : { category: 'unset' };
  const form = useRecordForm(ALL, formValues(ALL, record), report);

  const title =
    target.kind === 'edit'
      ? `${T.cardTitle}: ${target.row.surname} ${initialsOf(target.row)}`
      : T.addMemberTitle(target.orgName);

  const save = async () => {
    const sent = await form.submit(async (changes) => {
      onSaved(
        target.kind === 'edit'
          ? await send('edit.apply', {
              source: 'edit',
              label: REGISTRY_TEXT.edit.labelCard(`${target.row.surname} ${initialsOf(target.row)}`),
              changes: changes.map((c) => ({ entity: 'member' as const, id: target.row.id, ...c })),
            })
          : await send('members.add', { orgId: target.orgId, values: Object.fromEntries(changes.map((c) => [c.field, c.value])) }),
      );
    }, target.kind === 'new');
    if (sent) onClose();
  };

  return (
    <Dialog
      wide
      title={title}
      closeLabel={T.close}
      onClose={onClose}
      footer={<FormButtons form="member-card" onCancel={onClose} disabled={form.busy} label={T.ok} />}
    >
      <form
        id="member-card"
        className="card-form"
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
        {target.kind === 'edit' && (
          <p className="card-form__org">
            {REGISTRY_TEXT.columns.orgName}: {target.row.orgName}
          </p>
        )}
        <div className="card-form__groups">
          <FieldGroups
            groups={GROUPS}
            idPrefix="card"
            values={form.values}
            setValues={form.setValues}
            problems={form.problems}
            editableOnly={target.kind === 'new'}
          />
        </div>
      </form>
      {target.kind === 'edit' && <History entity="member" id={target.row.id} version={0} orgName={orgName} />}
    </Dialog>
  );
}
