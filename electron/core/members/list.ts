import type { Database } from 'better-sqlite3';
import type { Args, MemberPage } from '../../../shared/api/contract';
import { toMemberRow, type MemberRecord } from '../db/rows';

const SORT_COLUMNS: Record<Args<'members.list'>['sort'][number]['field'], string> = {
  surname: 'm.fio_norm',
  name: 'm.name',
  patronymic: 'm.patronymic',
  birthDate: 'm.birth_date',
  category: 'm.category',
  cardStatus: 'm.card_status',
  joinedOn: 'm.joined_on',
  registeredOn: 'm.registered_on',
  orgName: 'o.name',
};

/** SQL selecting the ids of an organization and everything below it. */
export const SUBTREE_CTE = `WITH RECURSIVE subtree(id) AS (
  SELECT id FROM organizations WHERE id = @orgId
  UNION ALL
  SELECT o.id FROM organizations o JOIN subtree s ON o.parent_id = s.id
)`;

export function listMembers(db: Database, args: Args<'members.list'>): MemberPage {
  const where: string[] = [];
  if (!args.includeRemoved) where.push('m.removed_on IS NULL');
  if (args.orgId !== null) {
    where.push(args.subtree ? 'm.org_id IN (SELECT id FROM subtree)' : 'm.org_id = @orgId');
  }
  const cte = args.orgId !== null && args.subtree ? SUBTREE_CTE : '';
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  // Sort columns come from a closed map, never from the caller's text.
  const order = [...args.sort.map((s) => `${SORT_COLUMNS[s.field]} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`), 'm.fio_norm', 'm.id'];
  const params = { orgId: args.orgId, limit: args.limit, offset: args.offset };

  const total = (
    db.prepare(`${cte} SELECT count(*) AS n FROM members m ${whereSql}`).get(params) as { n: number }
  ).n;
  const rows = db
    .prepare(
      `${cte} SELECT m.*, o.name AS org_name FROM members m JOIN organizations o ON o.id = m.org_id
       ${whereSql} ORDER BY ${order.join(', ')} LIMIT @limit OFFSET @offset`,
    )
    .all(params) as (MemberRecord & { org_name: string })[];
  return { rows: rows.map(toMemberRow), total };
}
