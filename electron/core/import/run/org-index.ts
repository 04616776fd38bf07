// The organization tree as the import needs it: by code, by id, and the lowest organization
// whose subtree holds all the organizations a file touched (the scope of «missing»).
import type { Database } from 'better-sqlite3';

export interface OrgNode {
  id: number;
  code: string;
  parentId: number | null;
  name: string;
}

export interface OrgIndex {
  byCode: Map<string, OrgNode>;
  byId: Map<number, OrgNode>;
}

export function loadOrgIndex(db: Database): OrgIndex {
  const rows = db.prepare('SELECT id, code, parent_id AS parentId, name FROM organizations').all() as OrgNode[];
  return { byCode: new Map(rows.map((r) => [r.code, r])), byId: new Map(rows.map((r) => [r.id, r])) };
}

/** Ids from the root down to the organization (a broken parent chain ends the path). */
function pathFromRoot(index: OrgIndex, id: number): number[] {
  const path: number[] = [];
  const guard = new Set<number>();
  let node = index.byId.get(id);
  while (node && !guard.has(node.id)) {
    guard.add(node.id);
    path.push(node.id);
    node = node.parentId === null ? undefined : index.byId.get(node.parentId);
  }
  return path.reverse();
}

/** The deepest organization above (or equal to) all of `ids`; null when they share no root. */
export function lowestCommonAncestor(index: OrgIndex, ids: Iterable<number>): number | null {
  let common: number[] | null = null;
  for (const id of ids) {
    const path = pathFromRoot(index, id);
    if (common === null) {
      common = path;
      continue;
    }
    let i = 0;
    while (i < common.length && i < path.length && common[i] === path[i]) i++;
    common = common.slice(0, i);
    if (common.length === 0) return null;
  }
  return common && common.length > 0 ? common[common.length - 1]! : null;
}
