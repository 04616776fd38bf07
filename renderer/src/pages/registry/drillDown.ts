// Opening the members grid with a filter from elsewhere (a data-quality check, an indicator):
// any page calls showMembers({ title, ids | preset, orgId }); the app switches to «Реестр»,
// whose members grid shows exactly those rows until the user removes the filter.
import { useEffect, useState } from 'react';
import type { MemberPreset } from '../../../../shared/api/memberQuery';

export interface MembersDrillDown {
  /** What the filter is, shown above the grid: «Без категории в Школе № 5». */
  title: string;
  /** Only these members (e.g. the ones a check found). */
  ids?: number[];
  preset?: MemberPreset;
  /** The subtree to look in; the whole file when absent. */
  orgId?: number | null;
}

type Listener = (drill: MembersDrillDown | null) => void;
let current: MembersDrillDown | null = null;
const listeners = new Set<Listener>();

export function showMembers(drill: MembersDrillDown | null): void {
  current = drill;
  for (const l of listeners) l(drill);
}

/** Calls back on every drill-down request (the app uses it to switch to the registry page). */
export function onMembersDrillDown(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMembersDrillDown(): MembersDrillDown | null {
  const [drill, setDrill] = useState(current);
  useEffect(() => onMembersDrillDown(setDrill), []);
  return drill;
}
