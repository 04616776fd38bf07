// The central office's whole-union file (DOMAIN.md: the union on top, ~80 regional, ~2,300 local
// and ~70,000 primary organizations, ~3.8 million members): every region is built like the demo
// region, with its own size, seed, name stem and code prefix, and hung under the union's root.
import { apportion } from './apportion';
import { assignChairs } from './chairs';
import { REGION_STEM } from './places';
import { Random, deriveSeed } from './random';
import { planRegion } from './region-plan';
import { inn } from './tree';
import type { OrgPlan, TreeSizing } from './types';

export const UNION = {
  name: 'Профессиональный союз работников народного образования и науки Российской Федерации',
  shortName: 'Общероссийский Профсоюз образования',
} as const;

const UNION_REGIONS = 80;

/**
 * Bigger primaries and locals than in one region's file, so that 3,800,000 members make
 * ~70,000 primary and ~2,300 local organizations, as the union has.
 */
const UNION_SIZING: Readonly<TreeSizing> = Object.freeze({ membersPerPrimary: 54, maxPrimaries: 5000, primariesPerLocal: 26 });

// Invented stems: «Северогорская областная организация», its capital «Северогорск».
const PREFIXES = ['Северо', 'Южно', 'Верхне', 'Нижне', 'Бело', 'Красно', 'Черно', 'Светло', 'Ясно', 'Высоко'];
const ROOTS = ['гор', 'озёр', 'речен', 'дол', 'бор', 'камен', 'яр', 'поль'];

/** The regions' name stems: the demo region's first, then the invented ones. */
function regionStems(): string[] {
  const stems = [REGION_STEM, ...PREFIXES.flatMap((p) => ROOTS.map((r) => p + r))];
  return stems.slice(0, UNION_REGIONS);
}

/**
 * Members per region: a geometric spread over a 33-fold range (at 3,800,000: from ~170,000, like
 * Tatarstan or Krasnodar, down to ~5,000), in random order.
 */
function regionMembers(rng: Random, total: number): number[] {
  const weights = Array.from({ length: UNION_REGIONS }, (_, k) => Math.exp((-3.5 * k) / (UNION_REGIONS - 1)));
  return apportion(total, rng.shuffle(weights));
}

/** «Заозёрская …», «г. Заозёрск», «Заозёрский государственный университет» → the region's stem. */
function renamed(text: string, stem: string): string {
  return text.replaceAll(REGION_STEM, stem);
}

export function planUnion(seed: number, members: number, asOf: number): OrgPlan[] {
  const root: OrgPlan = {
    id: 1,
    code: '0000001',
    parentId: null,
    level: 'union',
    kind: 'other',
    name: UNION.name,
    shortName: UNION.shortName,
    status: 'active',
    inn: inn('770000001'),
    address: '119049, г. Москва, ул. Центральная, д. 1',
    profile: 'region',
    localId: null,
    groupPrefix: null,
    size: 0,
    density: 1,
    chair: null,
    statAutoReport: 1,
    members: 0,
    removed: 0,
    statMembers: 0,
    statEmployees: 0,
    tier: null,
  };
  assignChairs(new Random(seed, 'union chair'), [root], asOf);
  const orgs = [root];
  const sizes = regionMembers(new Random(seed, 'union regions'), members);
  regionStems().forEach((stem, r) => {
    // Codes and INNs start with the region's two digits, as real ones start with its number.
    const region = planRegion(deriveSeed(seed, `region ${r}`), sizes[r]!, asOf, UNION_SIZING, String(10 + r));
    const offset = orgs.length;
    for (const o of region) {
      o.id += offset;
      o.parentId = o.parentId === null ? root.id : o.parentId + offset;
      if (o.localId !== null) o.localId += offset;
      o.name = renamed(o.name, stem);
      o.shortName = renamed(o.shortName, stem);
      if (o.address !== null) o.address = renamed(o.address, stem);
      if (o.parentId === root.id) {
        root.statMembers += o.statMembers;
        root.statEmployees += o.statEmployees;
      }
      orgs.push(o);
    }
  });
  return orgs;
}
