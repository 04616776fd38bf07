import type { Database } from 'better-sqlite3';
import type { Args, MemberPage } from '../../../shared/api/contract';
import type { MemberQuery } from '../../../shared/api/memberQuery';
import { toMemberRow, type MemberRecord } from '../db/rows';
import { buildMemberQuery, isNarrowed, orderBy } from './query';

function count(db: Database, q: MemberQuery, narrowed: boolean): number {
  const { cte, where, params, needsOrg } = buildMemberQuery(db, q, narrowed);
  const join = needsOrg ? 'JOIN organizations o ON o.id = m.org_id' : '';
  return (db.prepare(`${cte} SELECT count(*) AS n FROM members m ${join} ${where}`).get(params) as { n: number }).n;
}

/**
 * One page of members. The page's ids are chosen first (sorting only the sort keys and ids, so
 * a page deep in 200,000 members stays cheap), then their rows are read.
 */
export function listMembers(db: Database, args: Args<'members.list'>): MemberPage {
  const ids = listMemberIds(db, args);
  const rows = db
    .prepare(
      `SELECT m.*, o.name AS org_name FROM members m JOIN organizations o ON o.id = m.org_id
        WHERE m.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as (MemberRecord & { org_name: string })[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const page = ids.map((id) => toMemberRow(byId.get(id)!));
  const total = count(db, args, true);
  return { rows: page, total, unfiltered: isNarrowed(args) ? count(db, args, false) : total };
}

/** Ids of the members a grid shows, in its order: a page, or the rows of a selected range. */
export function listMemberIds(db: Database, args: Args<'members.ids'>): number[] {
  const { cte, where, params, needsOrg } = buildMemberQuery(db, args);
  const sortsByOrg = args.sort.some((s) => s.field === 'orgName');
  const join = needsOrg || sortsByOrg ? 'JOIN organizations o ON o.id = m.org_id' : '';
  return db
    .prepare(`${cte} SELECT m.id FROM members m ${join} ${where} ORDER BY ${orderBy(args.sort)} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit: args.limit, offset: args.offset }) as number[];
}
