// The change set since a snapshot: what was edited here after that load (not what imports
// wrote), one row per changed field, for entering into the AIS by hand.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { CHANGE_SOURCE_LABELS, type ChangeSource } from '../../../shared/domain/enums';
import { displayValue } from '../../../shared/edit/display';
import { fieldByColumn, type Entity } from '../../../shared/edit/fields';
import { EDIT_TEXT } from '../../../shared/edit/strings';
import { RECORD_FIELD } from '../edit/actions';
import { EXPORT_TEXT } from './strings';
import type { ExportTable } from './lists';
import type { ExportCell } from './write/types';

interface ChangeRow {
  at: string;
  entity: Entity;
  entity_id: number;
  field: string;
  old_value: string | null;
  new_value: string | null;
  source: ChangeSource;
}

const T = EXPORT_TEXT.changes;
const PLACE_FIELDS: Record<string, string> = { org_id: EDIT_TEXT.member.orgId, parent_id: EDIT_TEXT.organization.parentId };

/** «01.10.2026 14:05» in the computer's local time. */
function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function changesTable(db: Database, snapshotId: number | null): ExportTable {
  const snapshot = (
    snapshotId === null
      ? db.prepare('SELECT id, created_at FROM snapshots ORDER BY id DESC LIMIT 1').get()
      : db.prepare('SELECT id, created_at FROM snapshots WHERE id = ?').get(snapshotId)
  ) as { id: number; created_at: string } | undefined;
  if (!snapshot) {
    throw new AppError('not_found', snapshotId === null ? EXPORT_TEXT.noSnapshot : EXPORT_TEXT.snapshotNotFound(snapshotId));
  }
  const changes = db
    .prepare("SELECT at, entity, entity_id, field, old_value, new_value, source FROM changes WHERE at > ? AND source <> 'import' ORDER BY id")
    .all(snapshot.created_at) as ChangeRow[];
  const orgs = new Map(
    (db.prepare('SELECT id, code, name FROM organizations').all() as { id: number; code: string; name: string }[]).map((o) => [o.id, o]),
  );
  const member = db.prepare('SELECT ais_id, surname, name, patronymic FROM members WHERE id = ?');

  function who(c: ChangeRow): [string | null, string] {
    const gone = c.field === RECORD_FIELD ? (JSON.parse(c.old_value ?? c.new_value ?? '{}') as Record<string, string | null>) : null;
    if (c.entity === 'organization') {
      const o = orgs.get(c.entity_id);
      return [o?.code ?? gone?.code ?? null, o?.name ?? gone?.name ?? ''];
    }
    const m = (member.get(c.entity_id) as Record<string, string | null> | undefined) ?? gone ?? {};
    return [m.ais_id ?? null, [m.surname, m.name, m.patronymic].filter(Boolean).join(' ')];
  }

  function shown(c: ChangeRow, text: string | null): string {
    if (text === null) return '';
    if (c.field in PLACE_FIELDS) return orgs.get(Number(text))?.name ?? text;
    const spec = fieldByColumn(c.entity, c.field);
    return spec ? displayValue(spec, text) : text;
  }

  const rows: ExportCell[][] = changes.map((c) => {
    const [code, name] = who(c);
    const record = c.field === RECORD_FIELD;
    return [
      when(c.at),
      EDIT_TEXT.entity[c.entity],
      code,
      name,
      record ? T.record : (PLACE_FIELDS[c.field] ?? fieldByColumn(c.entity, c.field)?.label ?? c.field),
      record ? '' : shown(c, c.old_value),
      record ? (c.old_value === null ? T.created : T.deleted) : shown(c, c.new_value),
      CHANGE_SOURCE_LABELS[c.source],
    ];
  });
  return {
    sheet: EXPORT_TEXT.sheets.changes,
    headers: [T.at, T.entity, T.code, T.name, T.field, T.old, T.new, T.source],
    chunks: [rows],
    total: rows.length,
  };
}
