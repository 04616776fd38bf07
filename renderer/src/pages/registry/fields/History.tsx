import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../../../shared/api/methods/edit';
import { CHANGE_SOURCE_LABELS } from '../../../../../shared/domain/enums';
import { displayValue } from '../../../../../shared/edit/display';
import { fieldByKey, type Entity } from '../../../../../shared/edit/fields';
import { EDIT_TEXT } from '../../../../../shared/edit/strings';
import { formatDateNumeric } from '../../../../../shared/ru';
import { send } from '../../../api';
import { useReportError } from '../../../app/errorReporting';
import { REGISTRY_TEXT } from '../strings';

interface Props {
  entity: Entity;
  id: number;
  /** Grows after every save, so the list reads the log again. */
  version: number;
  /** Names of organizations, for transfers and moves. */
  orgName: (id: number) => string;
}

const T = REGISTRY_TEXT.dialog;

function when(at: string): string {
  const d = new Date(at);
  const time = d.toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit' });
  return `${formatDateNumeric(d)} ${time}`;
}

/** A record's history from the change log, newest first. */
export function History({ entity, id, version, orgName }: Props) {
  const report = useReportError();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    send('edit.history', { entity, id }).then(
      (list) => live && setEntries(list),
      (error: unknown) => live && report(error),
    );
    return () => {
      live = false;
    };
  }, [entity, id, version, report]);

  const labels = EDIT_TEXT[entity] as Record<string, string>;
  const show = (field: string, value: string | null): string => {
    if (value === null) return '';
    if (field === 'orgId' || field === 'parentId') return orgName(Number(value));
    const spec = fieldByKey(entity, field);
    return spec ? displayValue(spec, value) : value;
  };

  return (
    <section className="history" aria-label={T.history}>
      <h3>{T.history}</h3>
      {entries === null ? null : entries.length === 0 ? (
        <p className="history__empty">{T.historyEmpty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{T.historyWhen}</th>
              <th>{T.historyWhat}</th>
              <th>{T.historyField}</th>
              <th>{T.historyOld}</th>
              <th>{T.historyNew}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.changeId}>
                <td>{when(e.at)}</td>
                <td>
                  {e.label ?? ''} <span className="history__source">({CHANGE_SOURCE_LABELS[e.source]})</span>
                </td>
                {e.field === '*' ? (
                  <td colSpan={3}>{e.oldValue === null ? T.historyCreated : T.historyDeleted}</td>
                ) : (
                  <>
                    <td>{labels[e.field] ?? e.field}</td>
                    <td>{show(e.field, e.oldValue)}</td>
                    <td>{show(e.field, e.newValue)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
