// Findings as people read them: who (the member's full name or the organization's name), in
// which organization, which field, what is wrong.
import type { Database } from 'better-sqlite3';
import type { FindingRow } from '../../../shared/api/methods/quality';
import type { Entity } from '../../../shared/edit/fields';
import { orgLabel, type OrgTable } from './orgs';
import type { Finding } from './types';

/** Full names of members, by id (one query per thousand). */
export function memberNames(db: Database, ids: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  const stmt = db.prepare(
    `SELECT id, trim(surname || ' ' || name || ' ' || ifnull(patronymic, '')) AS fio FROM members WHERE id IN (SELECT value FROM json_each(?))`,
  );
  for (let i = 0; i < ids.length; i += 1000) {
    for (const r of stmt.all(JSON.stringify(ids.slice(i, i + 1000))) as { id: number; fio: string }[]) out.set(r.id, r.fio.replace(/\s+/g, ' '));
  }
  return out;
}

export function findingRows(db: Database, orgs: OrgTable, entity: Entity, findings: readonly Finding[]): FindingRow[] {
  const names = entity === 'member' ? memberNames(db, findings.map((f) => f.id)) : null;
  const orgName = (id: number) => {
    const o = orgs.byId.get(id);
    return o ? orgLabel(o) : '';
  };
  return findings.map((f) => ({
    id: f.id,
    orgId: f.orgId,
    orgName: orgName(f.orgId),
    who: names ? (names.get(f.id) ?? '') : orgName(f.id),
    field: f.field,
    problem: f.problem,
  }));
}
