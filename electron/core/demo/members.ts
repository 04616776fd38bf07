// Member account cards, generated one at a time (a generator) so 200,000 rows never sit in
// memory together. Proportions follow what real regions report: categories, cards, consents.
import type { CardStatus, Gender, MemberCategory, RemovalReason } from '../../../shared/domain/enums';
import { fioNormalizer } from '../../../shared/domain/fio';
import { DAYS_PER_YEAR, addYears, dayNumber, isoDate } from './dates';
import { invalidEmail, randomEmail, randomPerson, randomPhone, type Person } from './people';
import { WeightedTable, permute, type Random } from './random';
import { STUDENT_PROFILES, type Profile, type RegionPlan } from './types';

/** One members row, in the column order of MEMBER_COLUMNS. */
export type MemberRow = [
  aisId: string,
  orgId: number,
  surname: string,
  name: string,
  patronymic: string,
  fioNorm: string,
  gender: Gender,
  birthDate: string,
  category: MemberCategory,
  position: string | null,
  phone: string | null,
  email: string | null,
  joinedOn: string,
  registeredOn: string,
  joinedOnline: 0 | 1,
  cardNumber: string | null,
  cardStatus: CardStatus,
  cardStatusDate: string | null,
  appInstalled: 0 | 1,
  profcards: 0 | 1,
  pdConsent: 0 | 1,
  pdConsentDate: string | null,
  mailingConsent: 0 | 1,
  removedOn: string | null,
  removalReason: RemovalReason | null,
];

export const MEMBER_COLUMNS = [
  'ais_id', 'org_id', 'surname', 'name', 'patronymic', 'fio_norm', 'gender', 'birth_date', 'category',
  'position', 'phone', 'email', 'joined_on', 'registered_on', 'joined_online', 'card_number',
  'card_status', 'card_status_date', 'app_installed', 'profcards', 'pd_consent', 'pd_consent_date',
  'mailing_consent', 'removed_on', 'removal_reason',
] as const;

const table = <T>(entries: ReadonlyArray<readonly [T, number]>): WeightedTable<T> => new WeightedTable(entries);

const POSITIONS: Partial<Record<Profile, WeightedTable<string>>> = {
  school: table([
    ['учитель начальных классов', 14], ['учитель русского языка и литературы', 8], ['учитель математики', 8],
    ['учитель английского языка', 5], ['учитель истории и обществознания', 4], ['учитель физической культуры', 4],
    ['учитель биологии', 2], ['учитель химии', 2], ['учитель физики', 2], ['учитель географии', 2],
    ['учитель информатики', 2], ['учитель музыки', 1], ['учитель технологии', 2],
    ['учитель изобразительного искусства', 1], ['заместитель директора по учебно-воспитательной работе', 3],
    ['заместитель директора по воспитательной работе', 1], ['директор', 1], ['педагог-психолог', 1],
    ['социальный педагог', 1], ['учитель-логопед', 1], ['педагог-организатор', 1],
    ['советник директора по воспитанию', 1], ['педагог-библиотекарь', 1], ['секретарь', 1],
    ['уборщик служебных помещений', 3], ['повар', 2], ['сторож', 2], ['рабочий по обслуживанию здания', 1],
    ['бухгалтер', 1], ['лаборант', 1],
  ]),
  kindergarten: table([
    ['воспитатель', 45], ['младший воспитатель', 18], ['помощник воспитателя', 6], ['музыкальный руководитель', 4],
    ['инструктор по физической культуре', 3], ['старший воспитатель', 3], ['заведующий', 2], ['учитель-логопед', 3],
    ['педагог-психолог', 2], ['повар', 5], ['кухонный рабочий', 2], ['медицинская сестра', 2], ['кастелянша', 1],
    ['заведующий хозяйством', 1],
  ]),
  additional: table([
    ['педагог дополнительного образования', 50], ['тренер-преподаватель', 15], ['методист', 8],
    ['педагог-организатор', 6], ['концертмейстер', 3], ['директор', 2], ['заместитель директора', 3],
    ['бухгалтер', 2], ['уборщик служебных помещений', 4],
  ]),
  office: table([
    ['главный специалист', 20], ['ведущий специалист', 20], ['специалист', 15], ['методист', 15],
    ['бухгалтер', 10], ['главный бухгалтер', 3], ['начальник отдела', 5], ['инженер', 5], ['юрисконсульт', 3],
    ['начальник управления', 1],
  ]),
  college: table([
    ['преподаватель', 50], ['мастер производственного обучения', 12], ['методист', 4], ['педагог-организатор', 2],
    ['социальный педагог', 2], ['педагог-психолог', 2], ['заместитель директора', 3], ['заведующий отделением', 3],
    ['библиотекарь', 2], ['бухгалтер', 3], ['лаборант', 4], ['воспитатель общежития', 3],
    ['уборщик служебных помещений', 4],
  ]),
  university: table([
    ['доцент', 30], ['старший преподаватель', 15], ['профессор', 7], ['ассистент', 6], ['заведующий кафедрой', 4],
    ['инженер', 8], ['лаборант', 6], ['специалист по учебно-методической работе', 8], ['ведущий специалист', 5],
    ['научный сотрудник', 4], ['бухгалтер', 3], ['библиотекарь', 4],
  ]),
};

/** Share of women among members by the kind of organization. */
const FEMALE_SHARE: Record<Profile, number> = {
  region: 0.8,
  local: 0.8,
  school: 0.86,
  kindergarten: 0.97,
  additional: 0.75,
  office: 0.85,
  college: 0.7,
  collegeStudents: 0.55,
  university: 0.6,
  universityStudents: 0.62,
};

// Category shares: ~75% working, ~20% students (only in students' organizations), ~2%
// non-working pensioners, ~3% not set; tiers.ts gives students' organizations ~20.6% of cards.
const WORKER_CATEGORIES = table<MemberCategory>([
  ['working', 94.45],
  ['pensioner', 2.55],
  ['unset', 3],
]);
const STUDENT_CATEGORIES = table<MemberCategory>([
  ['student', 97],
  ['unset', 3],
]);

// Target shares: issued ~35%, delivered ~10%, produced ~5%, requested ~10%, refused ~15%,
// none ~25%. The weights are a little higher for made cards because cards of members registered
// in the last weeks (mostly first-year students) are turned into requests or no request below.
const CARD_STATUSES = table<CardStatus>([
  ['issued', 37],
  ['delivered', 10.5],
  ['produced', 5.3],
  ['requested', 8.2],
  ['refused', 15],
  ['none', 24],
]);
/** Members who refused a plastic card mostly use the virtual one; about a third have neither. */
const APP_SHARE: Record<CardStatus, number> = {
  refused: 0.67,
  none: 0.1,
  requested: 0.25,
  produced: 0.3,
  delivered: 0.3,
  issued: 0.33,
};

const REMOVAL: Record<MemberCategory, WeightedTable<RemovalReason>> = {
  working: table<RemovalReason>([
    ['dismissal', 40], ['own_wish', 30], ['transfer', 15], ['death', 3], ['expulsion', 2], ['other', 5],
    ['duplicate', 3], ['not_in_export', 2],
  ]),
  student: table<RemovalReason>([['graduation', 55], ['own_wish', 20], ['transfer', 10], ['expulsion', 5], ['other', 10]]),
  pensioner: table<RemovalReason>([['death', 40], ['own_wish', 45], ['other', 15]]),
  unset: table<RemovalReason>([['own_wish', 40], ['dismissal', 30], ['other', 15], ['duplicate', 15]]),
};

// The vocabulary of name parts is small: each is normalized once (the tests compare every row
// with normalizeFio itself).
const normalFio = fioNormalizer();
const fioNorm = (p: Person): string => normalFio(p.surname, p.name, p.patronymic);

const CARD_PRODUCED = new Set<CardStatus>(['produced', 'delivered', 'issued']);
const years = (n: number): number => Math.floor(n * DAYS_PER_YEAR);

/** All member rows of the region, organization after organization in id order. */
export function* memberRows(plan: RegionPlan, rng: Random): Generator<MemberRow, void, undefined> {
  const { asOf, registryStart } = plan;
  const onlineStart = dayNumber(2021, 3, 1);
  const asOfIso = isoDate(asOf);
  const asOfYear = Number(asOfIso.slice(0, 4));
  const asOfMonth = Number(asOfIso.slice(5, 7));
  // Students admitted this academic year belong to course 1 (from September).
  const firstCourseYear = asOfMonth >= 9 ? asOfYear : asOfYear - 1;
  // AIS ids grow with registration across the whole union, so a region's ids increase with
  // gaps (other regions' members in between); increasing keys also keep the index cheap.
  let aisId = 10_000_000 + permute(plan.seed >>> 0, 48271, 0, 1_000_000);
  const cardOffset = permute(plan.seed >>> 0, 387_420_489, 0, 1_000_000_000);
  let cardIndex = 0;

  for (const org of plan.orgs) {
    if (org.members === 0) continue;
    const isStudentOrg = STUDENT_PROFILES.has(org.profile);
    const positions = POSITIONS[org.profile] ?? null;
    const categories = isStudentOrg ? STUDENT_CATEGORIES : WORKER_CATEGORIES;
    const isCollege = org.profile === 'collegeStudents';
    const chair = org.chair;
    const removable = chair ? org.members - 1 : org.members;
    let toRemove = org.removed;
    let seenRemovable = 0;

    for (let i = 0; i < org.members; i++) {
      const isChair = chair !== null && i === 0;
      const category: MemberCategory = isChair ? (isStudentOrg ? 'student' : 'working') : categories.draw(rng);
      const gender: Gender = isChair
        ? chair.gender
        : rng.chance(category === 'pensioner' ? 0.88 : FEMALE_SHARE[org.profile])
          ? 'female'
          : 'male';

      // Birth, joining and position or study group by category; members of a students'
      // organization whose category is not set are still students by age.
      let birth: number;
      let joined: number;
      let position: string | null = null;
      const studentLike = category === 'student' || (isStudentOrg && category === 'unset');
      if (studentLike) {
        const maxCourse = isCollege ? 4 : 5;
        const course = rng.int(1, maxCourse);
        const admission = firstCourseYear - course + 1;
        const lateness = rng.chance(0.75) ? 0 : rng.chance(0.8) ? 1 : rng.int(2, 5);
        // Age on 1 September of admission: 16 after the 9th form, 17 after the 11th; ≤ 25 overall.
        const ageAtAdmission = Math.min(25 - course, (isCollege ? 16 : 17) + lateness);
        birth = dayNumber(admission - ageAtAdmission - 1, 9, 1) + rng.int(0, 364);
        joined = Math.min(asOf, dayNumber(admission, 9, 1) + rng.int(0, 60));
        if (category === 'student' || rng.chance(0.5)) {
          position = `${org.groupPrefix ?? 'ГР'}-${String(admission % 100).padStart(2, '0')}-${rng.int(1, 3)}`;
        }
      } else if (category === 'pensioner') {
        const lo = gender === 'female' ? 56 : 61;
        birth = asOf - years(lo + Math.pow(rng.float(), 1.5) * (85 - lo)) - rng.int(0, 364);
        joined = Math.min(asOf - 1, addYears(birth, 22) + rng.int(0, years(30)));
      } else {
        const age = 20 + ((rng.float() + rng.float()) / 2) * 50;
        // The chair's own card: dates must follow the chair's birth date.
        birth = isChair ? chair.birth : asOf - years(age);
        const earliest = addYears(birth, 20);
        // Skewed to recent years (turnover): ~7-8% joined within the last year.
        joined = asOf - 1 - Math.floor(Math.pow(rng.float(), 1.25) * Math.max(0, asOf - 1 - earliest));
        if (category === 'working' || rng.chance(0.5)) position = positions ? positions.draw(rng) : null;
      }
      // A students' chair keeps the chair's own age, whatever course was drawn.
      if (isChair) birth = chair.birth;
      const person: Person = isChair ? chair : randomPerson(rng, gender, birth);

      // Electronic registration began in this region on registryStart; earlier members were
      // entered during the first campaign, newer ones soon after joining.
      let registered =
        joined < registryStart
          ? registryStart + Math.floor(Math.pow(rng.float(), 2) * (asOf - registryStart))
          : Math.min(asOf, joined + rng.int(0, 45));

      let online: 0 | 1 = 0;
      if (category !== 'pensioner' && rng.chance(0.052)) {
        if (!studentLike) {
          const from = Math.max(onlineStart, addYears(birth, 18));
          if (from < asOf) joined = from + Math.floor(rng.float() * (asOf - from));
        }
        if (joined >= onlineStart) {
          online = 1;
          registered = Math.min(asOf, joined + rng.int(0, 3));
        }
      }

      let cardStatus = CARD_STATUSES.draw(rng);
      // A card is not produced within weeks of registration.
      if (CARD_PRODUCED.has(cardStatus) && registered > asOf - 45) cardStatus = rng.chance(0.6) ? 'requested' : 'none';
      const cardDate = cardStatus === 'none' ? null : registered + Math.floor(rng.float() * (asOf - registered + 1));
      const cardNumber = CARD_PRODUCED.has(cardStatus)
        ? `9643${String(permute(cardIndex++, 387_420_489, cardOffset, 1_000_000_000)).padStart(9, '0')}`
        : null;
      const app: 0 | 1 = rng.chance(APP_SHARE[cardStatus]) ? 1 : 0;
      const profcards: 0 | 1 = rng.chance(app ? 0.4 : 0.04) ? 1 : 0;
      const pd: 0 | 1 = rng.chance(0.9) ? 1 : 0;
      const mailing: 0 | 1 = pd && rng.chance(0.667) ? 1 : 0;

      const phone = isChair ? chair.phone : rng.chance(0.93) ? randomPhone(rng) : null;
      let email: string | null = null;
      if (isChair) email = chair.email;
      else if (rng.chance(0.82)) email = rng.chance(0.005) ? invalidEmail(rng, person) : randomEmail(rng, person);

      // Removal: exactly org.removed of the removable cards, chosen by selection sampling.
      let removedOn: string | null = null;
      let reason: RemovalReason | null = null;
      if (!isChair) {
        if (toRemove > 0 && rng.float() * (removable - seenRemovable) < toRemove) {
          toRemove--;
          const removedDay = registered >= asOf ? asOf : registered + 1 + Math.floor(rng.float() * (asOf - registered - 1));
          removedOn = isoDate(removedDay);
          reason = REMOVAL[category].draw(rng);
        }
        seenRemovable++;
      }

      yield [
        String((aisId += rng.int(1, 24))),
        org.id,
        person.surname,
        person.name,
        person.patronymic,
        fioNorm(person),
        person.gender,
        isoDate(birth),
        category,
        position,
        phone,
        email,
        isoDate(joined),
        isoDate(registered),
        online,
        cardNumber,
        cardStatus,
        cardDate === null ? null : isoDate(cardDate),
        app,
        profcards,
        pd,
        pd ? isoDate(registered) : null,
        mailing,
        removedOn,
        reason,
      ];
    }
  }
}
