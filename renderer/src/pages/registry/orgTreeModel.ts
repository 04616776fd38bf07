import type { OrgGridRow } from '../../../../shared/api/methods/edit';
import { normalizeWord } from '../../../../shared/values';

/** The tree's nodes: passports with their roll-ups (orgs.grid). */
type OrgTreeNode = OrgGridRow;

/** One visible line of the flattened organization tree. */
export interface OrgTreeRow {
  node: OrgTreeNode;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** The tree built once from `orgs.grid`'s flat list. */
export interface OrgTreeIndex {
  byId: Map<number, OrgTreeNode>;
  roots: OrgTreeNode[];
  children: Map<number, OrgTreeNode[]>;
  /** Each node's row in both states, made once so the grid sees unchanged rows as unchanged. */
  rows: Map<number, { open: OrgTreeRow; closed: OrgTreeRow }>;
}

/** Builds the index; siblings keep the engine's order. Orphans become roots so none is lost. */
export function indexOrgTree(nodes: readonly OrgTreeNode[]): OrgTreeIndex {
  const byId = new Map<number, OrgTreeNode>();
  for (const node of nodes) byId.set(node.id, node);

  const roots: OrgTreeNode[] = [];
  const children = new Map<number, OrgTreeNode[]>();
  for (const node of nodes) {
    if (node.parentId === null || node.parentId === node.id || !byId.has(node.parentId)) {
      roots.push(node);
      continue;
    }
    const list = children.get(node.parentId);
    if (list) list.push(node);
    else children.set(node.parentId, [node]);
  }

  const rows = new Map<number, { open: OrgTreeRow; closed: OrgTreeRow }>();
  const visited = new Set<number>();
  // Depth-first from the roots; `visited` guards against a parent cycle in a damaged file.
  const stack: Array<{ node: OrgTreeNode; depth: number }> = roots
    .map((node) => ({ node, depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || visited.has(item.node.id)) continue;
    visited.add(item.node.id);
    const kids = children.get(item.node.id) ?? [];
    const base = { node: item.node, depth: item.depth, hasChildren: kids.length > 0 };
    rows.set(item.node.id, { open: { ...base, expanded: true }, closed: { ...base, expanded: false } });
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ node: kid, depth: item.depth + 1 });
    }
  }

  return { byId, roots, children, rows };
}

/** The lines the grid shows: every node whose ancestors are all expanded, in tree order. */
export function visibleRows(index: OrgTreeIndex, expanded: ReadonlySet<number>): OrgTreeRow[] {
  const out: OrgTreeRow[] = [];
  const emitted = new Set<number>();
  const stack = [...index.roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || emitted.has(node.id)) continue;
    emitted.add(node.id);
    const pair = index.rows.get(node.id);
    if (!pair) continue;
    const open = pair.open.hasChildren && expanded.has(node.id);
    out.push(open ? pair.open : pair.closed);
    if (!open) continue;
    const kids = index.children.get(node.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push(kid);
    }
  }
  return out;
}

/** Ids of all nodes that have children: «Развернуть всё». */
export function allParentIds(index: OrgTreeIndex): Set<number> {
  return new Set(index.children.keys());
}

/** Ids of the node's ancestors, the root first. */
export function ancestorIds(index: OrgTreeIndex, id: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>([id]);
  let parent = index.byId.get(id)?.parentId ?? null;
  while (parent !== null && !seen.has(parent) && index.byId.has(parent)) {
    out.unshift(parent);
    seen.add(parent);
    parent = index.byId.get(parent)?.parentId ?? null;
  }
  return out;
}

/** Ids of the node and everything below it. */
export function subtreeIds(index: OrgTreeIndex, id: number): Set<number> {
  const out = new Set<number>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (out.has(next)) continue;
    out.add(next);
    for (const kid of index.children.get(next) ?? []) stack.push(kid.id);
  }
  return out;
}

/** Organizations whose full or short name contains the query (any case, ё as е), in tree order. */
export function searchTree(index: OrgTreeIndex, query: string): number[] {
  const q = normalizeWord(query);
  if (q === '') return [];
  const out: number[] = [];
  for (const id of index.rows.keys()) {
    const node = index.byId.get(id)!;
    if (normalizeWord(`${node.name} ${node.shortName ?? ''}`).includes(q)) out.push(id);
  }
  return out;
}

/** The node selected at first: the single root (the region), or none (= the whole file). */
export function initialSelection(index: OrgTreeIndex): number | null {
  return index.roots.length === 1 ? (index.roots[0]?.id ?? null) : null;
}
