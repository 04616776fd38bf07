import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DuplicateGroupView } from '../../../../shared/api/methods/quality';
import type { MemberRow } from '../../../../shared/domain/types';
import { displayValue } from '../../../../shared/edit/display';
import { fieldByKey } from '../../../../shared/edit/fields';
import type { DuplicateCheckId } from '../../../../shared/quality/catalog';
import { MERGE_FIELDS } from '../../../../shared/quality/merge';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { Dialog } from '../../components/Dialog';
import { QUALITY_PAGE_TEXT } from './strings';

const T = QUALITY_PAGE_TEXT.mergeDialog;

interface Props {
  checkId: DuplicateCheckId;
  onClose: () => void;
  onChanged: () => void;
}

const valueOf = (m: MemberRow, field: string): unknown => (m as unknown as Record<string, unknown>)[field] ?? null;
const isBlank = (v: unknown) => v === null || v === '' || v === false;
const shown = (field: string, v: unknown) => displayValue(fieldByKey('member', field)!, v) || T.blank;
const fio = (m: MemberRow) => [m.surname, m.name, m.patronymic].filter(Boolean).join(' ');

/** Where records differ, and which record's value each field takes by default (the kept one's unless it is blank). */
function defaults(members: readonly MemberRow[], keepId: number): { fields: string[]; choices: Record<string, number> } {
  const keep = members.find((m) => m.id === keepId)!;
  const fields = MERGE_FIELDS.filter((f) => new Set(members.map((m) => JSON.stringify(valueOf(m, f)))).size > 1);
  const choices: Record<string, number> = {};
  for (const f of fields) {
    const filled = isBlank(valueOf(keep, f)) ? members.find((m) => !isBlank(valueOf(m, f))) : undefined;
    choices[f] = (filled ?? keep).id;
  }
  return { fields, choices };
}

/** One group of duplicates at a time: the record to keep, field by field whose value it takes. */
export function MergeDialog({ checkId, onClose, onChanged }: Props) {
  const report = useReportError();
  const [groups, setGroups] = useState<DuplicateGroupView[] | null>(null);
  const [at, setAt] = useState(0);
  const [keepId, setKeepId] = useState<number | null>(null);
  const [choices, setChoices] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(() => {
    send('quality.duplicates', { checkId, limit: 1000 }).then((res) => {
      setGroups(res.groups);
      setAt((i) => Math.min(i, Math.max(0, res.groups.length - 1)));
    }, report);
  }, [checkId, report]);
  useEffect(load, [load]);

  const group = groups?.[at]?.members ?? null;
  useEffect(() => {
    if (!group) return;
    setKeepId(group[0]!.id);
    setChoices(defaults(group, group[0]!.id).choices);
  }, [group]);
  const fields = useMemo(() => (group && keepId !== null ? defaults(group, keepId).fields : []), [group, keepId]);

  const merge = () => {
    if (!group || keepId === null) return;
    setBusy(true);
    send('quality.merge', { keepId, removeIds: group.filter((m) => m.id !== keepId).map((m) => m.id), choices })
      .then((result) => {
        setMessage(T.done(result.action?.label ?? T.merge));
        onChanged();
        load();
      }, report)
      .finally(() => setBusy(false));
  };

  const footer = (
    <>
      <button type="button" disabled={at === 0} onClick={() => setAt(at - 1)}>
        {T.prev}
      </button>
      <button type="button" disabled={!groups || at >= groups.length - 1} onClick={() => setAt(at + 1)}>
        {T.next}
      </button>
      <button type="button" className="primary" disabled={busy || !group} onClick={merge}>
        {T.merge}
      </button>
      <button type="button" onClick={onClose}>
        {T.close}
      </button>
    </>
  );

  return (
    <Dialog title={T.title} closeLabel={T.close} onClose={onClose} footer={footer} wide>
      {message && <p role="status">{message}</p>}
      {groups && groups.length === 0 && <p>{T.empty}</p>}
      {group && keepId !== null && (
        <div className="merge">
          <p>{T.group(at + 1, groups!.length)}</p>
          <table className="merge__table">
            <thead>
              <tr>
                <th>{T.field}</th>
                {group.map((m) => (
                  <th key={m.id}>
                    <label>
                      <input type="radio" name="keep" checked={m.id === keepId} onChange={() => {
                        setKeepId(m.id);
                        setChoices(defaults(group, m.id).choices);
                      }} />{' '}
                      {T.keep}
                    </label>
                    <div>{fio(m)}</div>
                    <div className="merge__org">{m.orgName}</div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <tr key={f}>
                  <th scope="row">{fieldByKey('member', f)!.label}</th>
                  {group.map((m) => (
                    <td key={m.id}>
                      <label>
                        <input type="radio" name={`field-${f}`} checked={choices[f] === m.id} onChange={() => setChoices({ ...choices, [f]: m.id })} />{' '}
                        {shown(f, valueOf(m, f))}
                      </label>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {fields.length === 0 && <p>{T.same}</p>}
          <p className="merge__note">{T.removed}</p>
        </div>
      )}
    </Dialog>
  );
}
