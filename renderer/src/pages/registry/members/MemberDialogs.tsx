// The small dialogs of member operations: transfer (перевод) with a date, removal from
// registration with a date and a reason, and a bulk edit of one field for the selected rows.
import { useState } from 'react';
import type { OrgGridRow } from '../../../../../shared/api/methods/edit';
import { REMOVAL_REASON_LABELS, REMOVAL_REASONS, type RemovalReason } from '../../../../../shared/domain/enums';
import { readFieldValue } from '../../../../../shared/edit/fields';
import { formatDateNumeric } from '../../../../../shared/ru';
import { Dialog } from '../../../components/Dialog';
import { DateInput } from '../fields/DateInput';
import { FieldInput } from '../fields/FieldInput';
import { FormButtons } from '../fields/FormButtons';
import { OrgPicker } from '../orgs/OrgPicker';
import { REGISTRY_TEXT } from '../strings';
import { isEditableColumn, MEMBER_COLUMNS } from './memberColumnModel';

const T = REGISTRY_TEXT.dialog;
const today = () => formatDateNumeric(new Date());

const memberOrg = (org: OrgGridRow) => (org.level === 'primary' || org.level === 'unit') && org.status !== 'liquidated';

export function TransferDialog(props: {
  count: number;
  orgs: readonly OrgGridRow[];
  onCancel: () => void;
  onApply: (orgId: number, date: string) => void;
}) {
  const [orgId, setOrgId] = useState<number | null>(null);
  const [date, setDate] = useState(today);
  return (
    <Dialog
      title={T.transferTitle(props.count)}
      closeLabel={T.close}
      onClose={props.onCancel}
      footer={<FormButtons form="member-op" onCancel={props.onCancel} disabled={orgId === null || date.trim() === ''} />}
    >
      <form
        id="member-op"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (orgId !== null) props.onApply(orgId, date);
        }}
      >
        <OrgPicker id="transfer-org" orgs={props.orgs} allowed={memberOrg} value={orgId} onChange={setOrgId} />
        <div className="field">
          <label htmlFor="transfer-date">{T.date}</label>
          <DateInput id="transfer-date" value={date} onChange={setDate} />
        </div>
      </form>
    </Dialog>
  );
}

export function RemoveDialog(props: { count: number; onCancel: () => void; onApply: (date: string, reason: RemovalReason) => void }) {
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState<RemovalReason>('own_wish');
  return (
    <Dialog
      title={T.removeTitle(props.count)}
      closeLabel={T.close}
      onClose={props.onCancel}
      footer={<FormButtons form="member-op" onCancel={props.onCancel} disabled={date.trim() === ''} />}
    >
      <form
        id="member-op"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onApply(date, reason);
        }}
      >
        <div className="field">
          <label htmlFor="remove-date">{T.date}</label>
          <DateInput id="remove-date" value={date} onChange={setDate} />
        </div>
        <div className="field">
          <label htmlFor="remove-reason">{T.reason}</label>
          <select id="remove-reason" value={reason} onChange={(e) => setReason(e.target.value as RemovalReason)}>
            {REMOVAL_REASONS.map((r) => (
              <option key={r} value={r}>
                {REMOVAL_REASON_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
      </form>
    </Dialog>
  );
}

const BULK_COLUMNS = MEMBER_COLUMNS.filter(isEditableColumn);

export function BulkEditDialog(props: { count: number; onCancel: () => void; onApply: (field: string, value: string) => void }) {
  const [field, setField] = useState('cardStatus');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const spec = BULK_COLUMNS.find((c) => c.colId === field)!.spec;
  return (
    <Dialog title={T.bulkTitle(props.count)} closeLabel={T.close} onClose={props.onCancel} footer={<FormButtons form="member-op" onCancel={props.onCancel} />}>
      <form
        id="member-op"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const read = readFieldValue(spec, value);
          if (!read.ok) setProblem(read.problem);
          else props.onApply(field, value);
        }}
      >
        <div className="field">
          <label htmlFor="bulk-field">{T.field}</label>
          <select
            id="bulk-field"
            value={field}
            onChange={(e) => {
              setField(e.target.value);
              setValue('');
              setProblem(null);
            }}
          >
            {BULK_COLUMNS.map((c) => (
              <option key={c.colId} value={c.colId}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <FieldInput
          id="bulk-value"
          spec={spec}
          value={value}
          problem={problem}
          onChange={(v) => {
            setValue(v);
            setProblem(null);
          }}
        />
      </form>
    </Dialog>
  );
}
