import { AppError } from '../../../shared/api/errors';
import type { OrgTreeNode } from '../../../shared/domain/types';
import { toOrganization, type OrganizationRecord } from '../db/rows';
import { requireRegistry, type FeatureHandlers } from '../handlers';

type TreeRecord = Omit<OrgTreeNode, 'totalMembers'>;

/** The tree's order of organizations `o`: roots first, then by level and by name (ё as е). */
export const ORG_TREE_ORDER = `o.parent_id IS NOT NULL,
                   CASE o.level WHEN 'union' THEN 0 WHEN 'regional' THEN 1 WHEN 'district' THEN 2
                                WHEN 'local' THEN 3 WHEN 'primary' THEN 4 ELSE 5 END,
                   replace(replace(o.name, 'ё', 'е'), 'Ё', 'Е'), o.id`;

export const orgHandlers: FeatureHandlers<'orgs.tree' | 'orgs.get'> = (state) => ({
  'orgs.tree': () => {
    const { db } = requireRegistry(state);
    const rows = db
      .prepare(
        `SELECT o.id, o.code, o.parent_id AS parentId, o.level, o.kind, o.name, o.short_name AS shortName,
                o.status, coalesce(m.n, 0) AS ownMembers
           FROM organizations o
           LEFT JOIN (SELECT org_id, count(*) AS n FROM members WHERE removed_on IS NULL GROUP BY org_id) m
                  ON m.org_id = o.id
          ORDER BY ${ORG_TREE_ORDER}`,
      )
      .all() as TreeRecord[];
    return withTotals(rows);
  },
  'orgs.get': ({ id }) => {
    const { db } = requireRegistry(state);
    const row = db.prepare('SELECT * FROM organizations WHERE id = ?').get(id) as OrganizationRecord | undefined;
    if (!row) throw new AppError('not_found', `Организация с номером ${id} не найдена в файле.`);
    return toOrganization(row);
  },
});

/** Adds each node's subtree total; a parent id that points nowhere is treated as a root. */
export function withTotals(rows: TreeRecord[]): OrgTreeNode[] {
  const nodes = rows.map((r) => ({ ...r, totalMembers: r.ownMembers }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    const seen = new Set<number>([node.id]);
    let parent = node.parentId === null ? undefined : byId.get(node.parentId);
    while (parent && !seen.has(parent.id)) {
      parent.totalMembers += node.ownMembers;
      seen.add(parent.id);
      parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
    }
  }
  return nodes;
}
