// Rolls own counts up the tree: each organization gets the sum over its subtree. The stat-report
// figure is the organization's own where given, else the sum of its children's figures (null
// when nobody below has one either). A parent code that points nowhere makes a root; a cycle in
// broken data is cut where it closes, so every organization is still counted once.
import { COUNT_INDEX, zeroCounts, type OrgFacts } from './facts';

export interface RolledUp {
  facts: OrgFacts;
  counts: number[];
  stat: number | null;
}

export interface RolledTree {
  nodes: RolledUp[];
  byCode: Map<string, RolledUp>;
  /** The sum over all roots: the whole file. */
  total: { counts: number[]; stat: number | null };
}

const EMPTY = COUNT_INDEX.primaryEmpty;
const REGISTERED = COUNT_INDEX.registered;

/** target += source, count by count (the hot loop of a 70,000-organization file). */
function addCounts(target: number[], source: readonly number[]): void {
  for (let i = 0; i < source.length; i++) target[i]! += source[i]!;
}

export function rollUp(facts: readonly OrgFacts[]): RolledTree {
  const nodes: RolledUp[] = facts.map((f) => ({ facts: f, counts: f.own.slice(), stat: null }));
  const byCode = new Map(nodes.map((n) => [n.facts.code, n]));
  const children = new Map<RolledUp, RolledUp[]>();
  const roots: RolledUp[] = [];
  for (const n of nodes) {
    const parent = n.facts.parentCode === null ? undefined : byCode.get(n.facts.parentCode);
    if (!parent || parent === n) {
      roots.push(n);
      continue;
    }
    const list = children.get(parent);
    if (list) list.push(n);
    else children.set(parent, [n]);
  }

  // Iterative post-order from each root; nodes never reached from a root sit on a cycle and
  // become roots of their own.
  const done = new Set<RolledUp>();
  const finish = (n: RolledUp): void => {
    const kids = (children.get(n) ?? []).filter((k) => done.has(k));
    let childStat: number | null = null;
    for (const k of kids) {
      addCounts(n.counts, k.counts);
      if (k.stat !== null) childStat = (childStat ?? 0) + k.stat;
    }
    n.stat = n.facts.statOwn ?? childStat;
    if (n.facts.level === 'primary' && n.facts.status !== 'liquidated' && n.counts[REGISTERED] === 0) n.counts[EMPTY]! += 1;
    done.add(n);
  };
  const walk = (root: RolledUp): void => {
    const stack: Array<[RolledUp, number]> = [[root, 0]];
    const onPath = new Set<RolledUp>([root]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const kids = children.get(top[0]) ?? [];
      const next = kids[top[1]++];
      if (next === undefined) {
        stack.pop();
        onPath.delete(top[0]);
        finish(top[0]);
      } else if (!done.has(next) && !onPath.has(next)) {
        onPath.add(next);
        stack.push([next, 0]);
      }
    }
  };
  for (const r of roots) walk(r);
  for (const n of nodes) {
    if (!done.has(n)) {
      roots.push(n);
      walk(n);
    }
  }

  const total = { counts: zeroCounts(), stat: null as number | null };
  for (const r of roots) {
    addCounts(total.counts, r.counts);
    if (r.stat !== null) total.stat = (total.stat ?? 0) + r.stat;
  }
  return { nodes, byCode, total };
}
