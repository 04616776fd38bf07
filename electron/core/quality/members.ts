import type { Database } from 'better-sqlite3';
import type { MemberRow } from '../../../shared/domain/types';
import { toMemberRow, type MemberRecord } from '../db/rows';

/** Member cards by id, as the grid shows them (with the organization's name). */
export function memberRowsByIds(db: Database, ids: readonly number[]): Map<number, MemberRow> {
  const stmt = db.prepare(
    `SELECT m.*, o.name AS org_name FROM members m JOIN organizations o ON o.id = m.org_id WHERE m.id IN (SELECT value FROM json_each(?))`,
  );
  const out = new Map<number, MemberRow>();
  for (let i = 0; i < ids.length; i += 1000) {
    for (const r of stmt.all(JSON.stringify(ids.slice(i, i + 1000))) as (MemberRecord & { org_name: string })[]) out.set(r.id, toMemberRow(r));
  }
  return out;
}
