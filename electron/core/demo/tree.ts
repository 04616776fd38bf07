// The organization tree of the demo region: the regional root, universities and colleges
// directly under it, ~60 local organizations and their primary organizations, named the way
// the AIS lists them. Chairs, tiers and figures are added by chairs.ts, tiers.ts and stats.ts.
import type { OrgKind, OrgLevel } from '../../../shared/domain/enums';
import {
  DISTRICTS,
  REGION,
  STREETS,
  TOWNS,
  VILLAGES,
  feminine,
  genitive,
  type District,
  type Town,
} from './places';
import { apportion } from './apportion';
import { Random, WeightedTable, permute } from './random';
import type { OrgPlan, Profile, TreeSizing } from './types';

/**
 * A regional office's own file: about one primary organization per 30 members, ~12 per local,
 * within what real regions have (up to ~5,000 organizations).
 */
export const REGION_SIZING: Readonly<TreeSizing> = Object.freeze({ membersPerPrimary: 30, maxPrimaries: 5000, primariesPerLocal: 12 });

export function primaryCount(members: number, sizing: TreeSizing): number {
  return Math.min(sizing.maxPrimaries, Math.max(20, Math.round(members / sizing.membersPerPrimary)));
}

/** Local organizations: ~60 in a region of normal size, fewer in a small one (the districts list has 64). */
export function localCount(primaries: number, sizing: TreeSizing): number {
  return Math.min(60, Math.max(6, Math.round(primaries / sizing.primariesPerLocal)));
}

const KIND_OF: Record<Profile, OrgKind> = {
  region: 'region',
  local: 'district_org',
  school: 'school',
  kindergarten: 'kindergarten',
  additional: 'additional_education',
  office: 'other',
  college: 'college',
  collegeStudents: 'students',
  university: 'university',
  universityStudents: 'students',
};

const UNIVERSITIES: ReadonlyArray<{ name: string; genitive: string; prefix: string }> = [
  { name: 'Заозёрский государственный университет', genitive: 'Заозёрского государственного университета', prefix: 'ЗГУ' },
  {
    name: 'Заозёрский государственный педагогический университет',
    genitive: 'Заозёрского государственного педагогического университета',
    prefix: 'ПИ',
  },
  {
    name: 'Заозёрский государственный технический университет',
    genitive: 'Заозёрского государственного технического университета',
    prefix: 'ТФ',
  },
  {
    name: 'Заозёрский государственный аграрный университет',
    genitive: 'Заозёрского государственного аграрного университета',
    prefix: 'АГ',
  },
];

/** Faculties of the first university: «профбюро» units of its primary organizations. */
const FACULTIES: ReadonlyArray<{ name: string; prefix: string }> = [
  { name: 'физико-математического факультета', prefix: 'ФМ' },
  { name: 'филологического факультета', prefix: 'ФЛ' },
  { name: 'исторического факультета', prefix: 'ИФ' },
  { name: 'института педагогики и психологии', prefix: 'ПП' },
  { name: 'естественно-географического факультета', prefix: 'ЕГ' },
  { name: 'факультета иностранных языков', prefix: 'ИЯ' },
];

const DIRECT_COLLEGES: ReadonlyArray<{ name: string; prefix: string }> = [
  { name: 'Заозёрский педагогический колледж', prefix: 'ПД' },
  { name: 'Заозёрский политехнический колледж', prefix: 'ТМ' },
  { name: 'Кедровский педагогический колледж', prefix: 'ДО' },
  { name: 'Синегорский индустриальный техникум', prefix: 'СВ' },
  { name: 'Заозёрский колледж сервиса и туризма', prefix: 'ТУР' },
  { name: 'Заозёрский строительный колледж', prefix: 'СТ' },
  { name: 'Старогорский педагогический колледж', prefix: 'ПНК' },
  { name: 'Речинский технологический колледж', prefix: 'ТП' },
  { name: 'Заозёрский колледж отраслевых технологий', prefix: 'ОТ' },
  { name: 'Кедровский аграрный техникум', prefix: 'АТ' },
  { name: 'Заозёрский торгово-экономический колледж', prefix: 'ЭК' },
  { name: 'Заозёрский автомобильно-дорожный колледж', prefix: 'АД' },
  { name: 'Синегорский горный техникум', prefix: 'ГР' },
  { name: 'Новоозёрский многопрофильный колледж', prefix: 'МП' },
];

/** Local colleges: «Берёзовский аграрный техникум»; masculine, so they agree with the adjective. */
const LOCAL_COLLEGE_TYPES: readonly string[] = [
  'аграрный техникум',
  'агропромышленный колледж',
  'технологический техникум',
  'педагогический колледж',
  'индустриальный техникум',
  'многопрофильный колледж',
];

const KINDERGARTEN_NAMES: readonly string[] = [
  'Солнышко', 'Ромашка', 'Колокольчик', 'Сказка', 'Берёзка', 'Теремок', 'Радуга', 'Ласточка',
  'Золотой ключик', 'Светлячок', 'Улыбка', 'Звёздочка', 'Алёнушка', 'Родничок', 'Журавушка',
  'Малышок', 'Кораблик', 'Росинка', 'Рябинка', 'Чебурашка', 'Буратино', 'Огонёк', 'Василёк',
  'Капелька', 'Одуванчик', 'Незабудка', 'Дюймовочка', 'Аленький цветочек', 'Парус', 'Непоседы',
];

const ADDITIONAL_NAMES: readonly string[] = [
  'Дом детского творчества',
  'Центр детского творчества',
  'Детско-юношеская спортивная школа',
  'Станция юных техников',
  'Станция юных натуралистов',
  'Центр дополнительного образования детей',
  'Дом пионеров и школьников',
];

const OFFICE_NAMES: readonly string[] = [
  'Центр обеспечения деятельности образовательных организаций',
  'Информационно-методический центр',
  'Центр психолого-педагогической, медицинской и социальной помощи',
];

/** What a local organization stands for: a town, a district, or two districts together. */
type LocalSite =
  | { type: 'town'; town: Town }
  | { type: 'district'; district: District }
  | { type: 'territorial'; districts: readonly [District, District] };

interface Draft {
  parentId: number | null;
  level: OrgLevel;
  profile: Profile;
  kind: OrgKind;
  name: string;
  shortName: string;
  localId: number | null;
  groupPrefix: string | null;
  size: number;
  density: number;
  address: string | null;
  hasInn: boolean;
}

/**
 * Builds the tree; ids are assigned in insertion order, parents always before children.
 * `codePrefix` leads every organization code and INN (regions of a union file differ by it).
 */
export function buildTree(
  rng: Random,
  memberCount: number,
  seed: number,
  sizing: TreeSizing,
  codePrefix: string,
): OrgPlan[] {
  const drafts: Draft[] = [];
  const add = (d: Draft): number => {
    drafts.push(d);
    return drafts.length;
  };
  const address = (postcode: string, locality: string, district: District | null): string =>
    `${postcode}, ${REGION.province}, ${district ? `${district.adjective} р-н, ` : ''}${locality}, ` +
    `ул. ${rng.pick(STREETS)}, д. ${rng.int(1, 60)}`;

  const primaries = primaryCount(memberCount, sizing);
  const universities = primaries >= 400 ? 4 : primaries >= 100 ? 2 : 1;
  const colleges = Math.min(DIRECT_COLLEGES.length, Math.max(1, Math.round(primaries / 120)));
  const studentUnits = Math.min(FACULTIES.length, Math.max(2, Math.round(primaries / 250)));
  const workerUnits = Math.min(4, Math.max(1, Math.round(primaries / 500)));

  const capital = `г. ${REGION.capital}`;
  const regionId = add({
    parentId: null,
    level: 'regional',
    profile: 'region',
    kind: 'region',
    name: REGION.name,
    shortName: REGION.shortName,
    localId: null,
    groupPrefix: null,
    size: 0,
    density: 1,
    address: address('690000', capital, null),
    hasInn: true,
  });

  // Universities: a primary organization of workers and one of students each; the first
  // university's organizations have faculty units («профбюро»).
  let direct = 0;
  for (let u = 0; u < universities; u++) {
    const univ = UNIVERSITIES[u]!;
    const postcode = `6900${10 + u}`;
    const workersId = add({
      parentId: regionId,
      level: 'primary',
      profile: 'university',
      kind: 'university',
      name: `Первичная профсоюзная организация работников ФГБОУ ВО «${univ.name}»`,
      shortName: `ППО работников ${univ.genitive}`,
      localId: null,
      groupPrefix: null,
      size: rng.range(300, 900),
      density: rng.range(0.3, 0.7),
      address: address(postcode, capital, null),
      hasInn: true,
    });
    if (u === 0) {
      for (let f = 0; f < workerUnits; f++) {
        const faculty = FACULTIES[FACULTIES.length - 1 - f]!;
        add({
          parentId: workersId,
          level: 'unit',
          profile: 'university',
          kind: 'university',
          name: `Профсоюзная организация работников ${faculty.name} ${univ.genitive}`,
          shortName: `Профбюро работников ${faculty.name}`,
          localId: null,
          groupPrefix: null,
          size: rng.range(30, 90),
          density: rng.range(0.4, 0.8),
          address: null,
          hasInn: false,
        });
      }
    }
    const studentsId = add({
      parentId: regionId,
      level: 'primary',
      profile: 'universityStudents',
      kind: 'students',
      name: `Первичная профсоюзная организация обучающихся ФГБОУ ВО «${univ.name}»`,
      shortName: `ППО обучающихся ${univ.genitive}`,
      localId: null,
      groupPrefix: univ.prefix,
      size: rng.range(1200, 4000),
      density: rng.range(0.3, 0.8),
      address: address(postcode, capital, null),
      hasInn: false,
    });
    if (u === 0) {
      for (let f = 0; f < studentUnits; f++) {
        const faculty = FACULTIES[f]!;
        add({
          parentId: studentsId,
          level: 'unit',
          profile: 'universityStudents',
          kind: 'students',
          name: `Профсоюзная организация обучающихся ${faculty.name} ${univ.genitive}`,
          shortName: `Профбюро студентов ${faculty.name}`,
          localId: null,
          groupPrefix: faculty.prefix,
          size: rng.range(150, 500),
          density: rng.range(0.4, 0.9),
          address: null,
          hasInn: false,
        });
      }
    }
    direct += 2;
  }

  const usedCollegeNames = new Set<string>();
  for (let c = 0; c < colleges; c++) {
    const college = DIRECT_COLLEGES[c]!;
    usedCollegeNames.add(college.name);
    const town = TOWNS.find((t) => college.name.startsWith(t.adjective)) ?? TOWNS[0]!;
    const postcode = `69${rng.digits(4)}`;
    add({
      parentId: regionId,
      level: 'primary',
      profile: 'college',
      kind: 'college',
      name: `Первичная профсоюзная организация работников ГБПОУ «${college.name}»`,
      shortName: `ППО работников ГБПОУ «${college.name}»`,
      localId: null,
      groupPrefix: null,
      size: rng.range(30, 80),
      density: rng.range(0.5, 0.85),
      address: address(postcode, `г. ${town.name}`, null),
      hasInn: true,
    });
    direct++;
    // Half of the colleges also have a students' organization (the first always does).
    if (c === 0 || rng.chance(0.5)) {
      add({
        parentId: regionId,
        level: 'primary',
        profile: 'collegeStudents',
        kind: 'students',
        name: `Первичная профсоюзная организация обучающихся ГБПОУ «${college.name}»`,
        shortName: `ППО обучающихся ГБПОУ «${college.name}»`,
        localId: null,
        groupPrefix: college.prefix,
        size: rng.range(150, 600),
        density: rng.range(0.3, 0.8),
        address: address(postcode, `г. ${town.name}`, null),
        hasInn: false,
      });
      direct++;
    }
  }

  // Local organizations: towns first (the regional centre leads), then districts in
  // alphabetical order, then the territorial organizations of two districts.
  const locals = localCount(primaries, sizing);
  const territorial = locals >= 20 ? 2 : locals >= 10 ? 1 : 0;
  const towns = Math.min(TOWNS.length, Math.max(1, Math.round(locals / 10)));
  const districtCount = locals - towns - territorial;
  const pool = rng.shuffle(DISTRICTS);
  const sites: LocalSite[] = [];
  for (let t = 0; t < towns; t++) sites.push({ type: 'town', town: TOWNS[t]! });
  pool
    .slice(0, districtCount)
    .sort((a, b) => byRussian(a.adjective, b.adjective))
    .forEach((district) => sites.push({ type: 'district', district }));
  for (let t = 0; t < territorial; t++) {
    const a = pool[districtCount + 2 * t]!;
    const b = pool[districtCount + 2 * t + 1]!;
    sites.push({ type: 'territorial', districts: byRussian(a.adjective, b.adjective) < 0 ? [a, b] : [b, a] });
  }

  // Primaries per local: the regional centre is by far the largest, towns are larger than
  // districts; every local gets at least two so a weak one can have an empty primary.
  const localPrimaries = Math.max(sites.length * 2, primaries - direct);
  const weights = sites.map((s, i) =>
    s.type === 'town' ? (i === 0 ? 10 : 3) : s.type === 'territorial' ? 1.8 : rng.range(0.6, 1.6),
  );
  const perLocal = apportion(localPrimaries - sites.length * 2, weights).map((n) => n + 2);

  sites.forEach((site, i) => {
    const localId = addLocal(site);
    addPrimaries(site, localId, perLocal[i]!);
  });

  function addLocal(site: LocalSite): number {
    const chain = REGION.genitive;
    let name: string;
    let shortName: string;
    let kind: OrgKind;
    let locality: string;
    let district: District | null = null;
    if (site.type === 'town') {
      const adj = feminine(site.town.adjective);
      name = `${adj} городская организация ${chain}`;
      shortName = `${adj} городская организация Профсоюза`;
      kind = 'city_org';
      locality = `г. ${site.town.name}`;
    } else if (site.type === 'district') {
      const adj = feminine(site.district.adjective);
      name = `${adj} районная организация ${chain}`;
      shortName = `${adj} районная организация Профсоюза`;
      kind = 'district_org';
      district = site.district;
      locality = `${district.centreType} ${district.centre}`;
    } else {
      const [a, b] = site.districts;
      const pair = `${genitive(a.adjective)} и ${genitive(b.adjective)} районов`;
      name = `Территориальная организация ${pair} ${chain}`;
      shortName = `Территориальная организация Профсоюза ${pair}`;
      kind = 'territorial_org';
      district = a;
      locality = `${a.centreType} ${a.centre}`;
    }
    const id = drafts.length + 1;
    return add({
      parentId: regionId,
      level: 'local',
      profile: 'local',
      kind,
      name,
      shortName,
      localId: id,
      groupPrefix: null,
      size: 0,
      density: 1,
      address: address(`69${rng.digits(4)}`, locality, district),
      hasInn: true,
    });
  }

  function addPrimaries(site: LocalSite, localId: number, count: number): void {
    const isTown = site.type === 'town';
    const district = site.type === 'district' ? site.district : site.type === 'territorial' ? site.districts[0] : null;
    const centre = site.type === 'town' ? `г. ${site.town.name}` : `${district!.centreType} ${district!.centre}`;
    const postcode = `69${rng.digits(4)}`;
    const villages = rng.shuffle(VILLAGES);
    let village = 0;
    const nextVillage = (): string | null => (village < villages.length ? `с. ${villages[village++]!}` : null);

    // How many of each kind: schools and kindergartens dominate, one education office per local.
    const table = new WeightedTable<Profile>([
      ['school', 44],
      ['kindergarten', 36],
      ['additional', 8],
      ['office', 4],
      ['college', isTown || rng.chance(0.5) ? 4 : 0],
    ]);
    const counts: Record<Profile, number> = {
      region: 0, local: 0, school: 0, kindergarten: 0, additional: 0, office: 0,
      college: 0, collegeStudents: 0, university: 0, universityStudents: 0,
    };
    counts.office = rng.chance(0.8) ? 1 : 0;
    for (let i = counts.office; i < count; i++) {
      const p = table.draw(rng);
      if (p === 'college' && i + 1 < count && rng.chance(0.4)) {
        counts.collegeStudents++;
        i++;
      }
      counts[p]++;
    }
    if (counts.school === 0 && counts.kindergarten === 0) counts.school = 1;
    counts.collegeStudents = Math.min(counts.collegeStudents, counts.college);

    const place = (): { locality: string; village: boolean } => {
      if (isTown || rng.chance(0.35)) return { locality: centre, village: false };
      const v = nextVillage();
      return v ? { locality: v, village: true } : { locality: centre, village: false };
    };
    const primary = (profile: Profile, inst: string, locality: string, size: number, density: number, prefix: string | null = null): void => {
      const isStudents = profile === 'collegeStudents';
      add({
        parentId: localId,
        level: 'primary',
        profile,
        kind: KIND_OF[profile],
        name: isStudents
          ? `Первичная профсоюзная организация обучающихся ${inst}`
          : `Первичная профсоюзная организация ${inst}`,
        shortName: isStudents ? `ППО обучающихся ${inst}` : inst,
        localId,
        groupPrefix: prefix,
        size,
        density,
        address: address(postcode, locality, district),
        hasInn: !isStudents && rng.chance(0.92),
      });
    };

    const adjFem = district ? feminine(district.adjective) : null;
    let schoolNo = 0;
    for (let i = 0; i < counts.school; i++) {
      const { locality, village: inVillage } = place();
      schoolNo += rng.chance(0.8) ? 1 : 2;
      let inst: string;
      if (isTown) {
        const r = rng.float();
        const type = i < 2 && r < 0.5 ? 'Гимназия' : i < 4 && r < 0.25 ? 'Лицей' : 'СОШ';
        inst = `${type === 'СОШ' ? 'МБОУ' : 'МАОУ'} «${type} № ${schoolNo}» ${locality}`;
      } else if (inVillage) {
        inst = `МКОУ «${rng.chance(0.7) ? 'СОШ' : 'ООШ'} ${locality}»`;
      } else {
        inst = `МБОУ «${adjFem!} СОШ № ${schoolNo}»`;
      }
      primary('school', inst, locality, isTown ? rng.range(25, 75) : inVillage ? rng.range(6, 25) : rng.range(15, 45), rng.range(0.55, 0.95));
    }
    let gardenNo = 0;
    for (let i = 0; i < counts.kindergarten; i++) {
      const { locality, village: inVillage } = place();
      gardenNo += rng.int(1, 3);
      const nick = rng.pick(KINDERGARTEN_NAMES);
      const inst = inVillage
        ? `МКДОУ «Детский сад «${nick}»» ${locality}`
        : `МБДОУ «Детский сад № ${gardenNo} «${nick}»» ${locality}`;
      primary('kindergarten', inst, locality, inVillage ? rng.range(4, 14) : rng.range(12, 40), rng.range(0.6, 0.98));
    }
    const additional = rng.shuffle(ADDITIONAL_NAMES);
    for (let i = 0; i < counts.additional; i++) {
      const base = additional[i % additional.length]!;
      const label = i < additional.length ? base : `${base} № ${Math.floor(i / additional.length) + 1}`;
      primary('additional', `МБУ ДО «${label}» ${centre}`, centre, rng.range(8, 30), rng.range(0.5, 0.9));
    }
    for (let i = 0; i < counts.office; i++) {
      const inst =
        i === 0
          ? site.type === 'town'
            ? `Управление образования администрации города ${site.town.genitive}`
            : `Управление образования администрации ${genitive(district!.adjective)} района`
          : `МКУ «${OFFICE_NAMES[(i - 1) % OFFICE_NAMES.length]!}» ${centre}`;
      primary('office', inst, centre, rng.range(4, 15), rng.range(0.4, 0.9));
    }
    const adjective = site.type === 'town' ? site.town.adjective : district!.adjective;
    for (let i = 0; i < counts.college; i++) {
      let inst = '';
      for (let attempt = 0; attempt < 20 && (inst === '' || usedCollegeNames.has(inst)); attempt++) {
        inst = `${adjective} ${rng.pick(LOCAL_COLLEGE_TYPES)}`;
      }
      if (usedCollegeNames.has(inst)) inst = `${adjective} колледж № ${i + 1}`;
      usedCollegeNames.add(inst);
      const full = `ГБПОУ «${inst}»`;
      primary('college', full, centre, rng.range(25, 70), rng.range(0.5, 0.85));
      if (i < counts.collegeStudents) {
        const prefix = inst.split(' ')[1]!.slice(0, 2).toUpperCase();
        primary('collegeStudents', full, centre, rng.range(80, 400), rng.range(0.3, 0.8), prefix);
      }
    }
  }

  // Codes and INNs: unique numbers scattered by a bijection, so they do not look sequential.
  const codeOffset = permute(seed >>> 0, 61543, 0, 100000);
  const innOffset = permute(seed >>> 0, 7_654_321, 0, 10_000_000);
  return drafts.map((d, i) => ({
    id: i + 1,
    code: `${codePrefix}${String(permute(i, 61543, codeOffset, 100000)).padStart(5, '0')}`,
    parentId: d.parentId,
    level: d.level,
    kind: d.kind,
    name: d.name,
    shortName: d.shortName,
    status: 'active',
    inn: d.hasInn ? inn(`${codePrefix}${String(permute(i, 7_654_321, innOffset, 10_000_000)).padStart(7, '0')}`) : null,
    address: d.address,
    profile: d.profile,
    localId: d.localId,
    groupPrefix: d.groupPrefix,
    size: d.size,
    density: d.density,
    chair: null,
    statAutoReport: 0,
    members: 0,
    removed: 0,
    statMembers: 0,
    statEmployees: 0,
    tier: null,
  }));
}

/** Alphabetical order independent of the ICU build (ё sorts as е), so every machine agrees. */
function byRussian(a: string, b: string): number {
  const x = a.replace(/ё/g, 'е');
  const y = b.replace(/ё/g, 'е');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A legal entity's INN: nine digits and the control digit of the tax service's algorithm. */
export function inn(nineDigits: string): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * weights[i]!;
  return `${nineDigits}${(sum % 11) % 10}`;
}
