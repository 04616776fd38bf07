// The text of «Постановление президиума о ходе цифровизации», generated from the indicators. Each
// list item agrees with the phrase that governs it: «наблюдается в … Алтайской районной
// организации», «обратить внимание председателей … Алтайской районной организации» (genitive).
import type { DraftPart, ResolutionSettings } from '../../../shared/domain/documents';
import { formatChange } from '../../../shared/domain/indicator-format';
import type { IndicatorKey, IndicatorRow, IndicatorTable, TierId } from '../../../shared/domain/indicators';
import {
  agree,
  agreeOblique,
  agreeVerb,
  formatDateGenitiveYear,
  formatInt,
  formatPercent,
  type AgreeWord,
  type GrammaticalCase,
  type PluralForms,
} from '../../../shared/ru';
import { countOrgs, levelPlural } from './level-words';
import { listItem, orgIn } from './names';
import { AIS, PROJECT, lines, part, sentence } from './parts';

export const DEFAULT_RESOLUTION_TITLE = `О ходе реализации проекта ${PROJECT}`;

const CARDS: PluralForms = ['электронный профсоюзный билет', 'электронных профсоюзных билета', 'электронных профсоюзных билетов'];
const byName = (a: IndicatorRow, b: IndicatorRow): number => a.name.localeCompare(b.name, 'ru');

/** « (87,45%)», or nothing when the share cannot be computed. */
const pct = (x: number | null): string => (x === null ? '' : ` (${formatPercent(x)})`);
const n = (x: number | null): number => x ?? 0;
const members = (x: number | null, word: AgreeWord = 'член Профсоюза'): string => agree(n(x), word);

function figures(total: IndicatorRow, asOf: string): string {
  const v = total.values;
  const reg = n(v.registered);
  const stat =
    v.statMembers === null || v.coverage === null
      ? ' (данных статистического отчёта нет)'
      : `, что составляет ${formatPercent(v.coverage)} численности членов Профсоюза по статистическому отчёту на 1 января (${agree(v.statMembers, 'человек')})`;
  const unset = n(v.categoryUnset);
  return (
    `По состоянию на ${formatDateGenitiveYear(asOf)} на электронном учёте в ${AIS} ${agreeVerb(reg, 'состоит', 'состоят')} ` +
    `${members(reg)}${stat}. Из них работающих — ${formatInt(n(v.working))}${pct(v.workingPct)}, ` +
    `обучающихся — ${formatInt(n(v.students))}${pct(v.studentsPct)}, неработающих пенсионеров — ${formatInt(n(v.pensioners))}${pct(v.pensionersPct)}` +
    (unset > 0 ? `; категория не указана у ${agreeOblique(unset, 'члена Профсоюза', 'членов Профсоюза')}${pct(v.categoryUnsetPct)}.` : '.')
  );
}

function cards(total: IndicatorRow): string {
  const v = total.values;
  const produced = n(v.cardsProduced);
  const refused = n(v.cardsRefused);
  const noApp = n(v.refusedNoApp);
  let text =
    `${agreeVerb(produced, 'Изготовлен', 'Изготовлено')} ${agree(produced, CARDS)}${pct(v.cardsProducedPct)}, ` +
    `из них выдано членам Профсоюза ${formatInt(n(v.cardsIssued))}, доставлено в регион и ожидает выдачи ${formatInt(n(v.cardsDelivered))}.`;
  if (refused > 0) {
    text += ` От пластиковой карты ${agreeVerb(refused, 'отказался', 'отказались')} ${members(refused)}`;
    text +=
      noApp > 0
        ? `, из них ${formatInt(noApp)} не ${agreeVerb(noApp, 'установил', 'установили')} мобильное приложение PROFCARDS и не ${agreeVerb(noApp, 'имеет', 'имеют')} документа о членстве в Профсоюзе.`
        : '.';
  }
  text += ` Виртуальная карта в мобильном приложении PROFCARDS есть у ${agreeOblique(n(v.virtualCards), 'члена Профсоюза', 'членов Профсоюза')}${pct(v.virtualCardsPct)}.`;
  return text;
}

function profcards(total: IndicatorRow): string {
  const v = total.values;
  const pc = n(v.profcards);
  const pd = n(v.pdConsent);
  const online = n(v.joinedOnline);
  return (
    `В бонусной программе PROFCARDS ${agreeVerb(pc, 'зарегистрирован', 'зарегистрированы')} ${members(pc)}${pct(v.profcardsPct)}. ` +
    `Согласие на обработку персональных данных ${agreeVerb(pd, 'оформил', 'оформили')} ${members(pd)}${pct(v.pdConsentPct)}, ` +
    `на получение информационных сообщений — ${members(v.mailingConsent)}${pct(v.mailingConsentPct)}. ` +
    `Через сервис «Прием в Профсоюз» ${agreeVerb(online, 'вступил', 'вступили')} в Профсоюз ${agree(online, 'человек')}.`
  );
}

/** «увеличилось на 12 345 (15,07%)», «уменьшилось на 5 (0,50%)», «не изменилось». */
function changed(total: IndicatorRow, key: IndicatorKey): string {
  const c = total.change?.[key];
  if (!c) return 'не может быть сравнено (нет данных)';
  if (c.delta === 0) return 'не изменилось';
  const growth = c.growth === null ? '' : ` (${formatPercent(Math.abs(c.growth))})`;
  return `${c.delta > 0 ? 'увеличилось' : 'уменьшилось'} на ${formatInt(Math.abs(c.delta))}${growth}`;
}

function dynamics(total: IndicatorRow, baseAsOf: string): string {
  const coverage = total.change?.coverage ? `; охват электронным учётом изменился на ${formatChange('coverage', total.change.coverage)}` : '';
  return (
    `По сравнению с ${formatDateGenitiveYear(baseAsOf)} число членов Профсоюза на электронном учёте ${changed(total, 'registered')}${coverage}. ` +
    `Число изготовленных электронных профсоюзных билетов ${changed(total, 'cardsProduced')}, зарегистрированных в PROFCARDS — ${changed(total, 'profcards')}, ` +
    `оформивших согласие на обработку персональных данных — ${changed(total, 'pdConsent')}, вступивших в Профсоюз онлайн — ${changed(total, 'joinedOnline')}.`
  );
}

interface TierList {
  tier: TierId;
  lead: (count: number, level: ResolutionSettings['level']) => string;
  itemCase: GrammaticalCase;
}

// The narrative lists, in the model resolution's order; each lead governs its items' case.
const TIER_LISTS: readonly TierList[] = [
  {
    tier: 'complete',
    lead: (c, l) => `${agreeVerb(c, 'Внесла', 'Внесли')} в АИС всех членов Профсоюза ${countOrgs(c, l, 'nominative')}:`,
    itemCase: 'nominative',
  },
  {
    tier: 'near',
    lead: (c, l) => `${agreeVerb(c, 'Близка', 'Близки')} к завершению внесения в АИС всех членов Профсоюза ещё ${countOrgs(c, l, 'nominative')}:`,
    itemCase: 'nominative',
  },
  {
    tier: 'weak',
    lead: (c, l) => `Слабая работа по постановке членов Профсоюза на электронный учёт наблюдается в ${countOrgs(c, l, 'prepositional')}:`,
    itemCase: 'prepositional',
  },
  {
    tier: 'zero',
    lead: (c, l) => `Совсем не ведётся работа по внесению членов Профсоюза в АИС в ${countOrgs(c, l, 'prepositional')}:`,
    itemCase: 'prepositional',
  },
  {
    tier: 'noData',
    lead: (c, l) => `Охват не может быть определён из-за отсутствия данных статистического отчёта у ${countOrgs(c, l, 'genitive')}:`,
    itemCase: 'genitive',
  },
  {
    tier: 'liquidating',
    lead: (c, l) => `В стадии ликвидации ${agreeVerb(c, 'находится', 'находятся')} ${countOrgs(c, l, 'nominative')}:`,
    itemCase: 'nominative',
  },
];

export interface ResolutionInput {
  table: IndicatorTable;
  settings: ResolutionSettings;
}

/** The draft's parts, in order. The header and the signature come from the settings. */
export function resolutionParts({ table, settings }: ResolutionInput): DraftPart[] {
  const { total } = table;
  const level = settings.level;
  const region = { genitive: orgIn(total, 'genitive'), prepositional: orgIn(total, 'prepositional') };
  const rows = [...table.rows].sort(byName);
  const inTier = (...tiers: TierId[]) => rows.filter((r) => tiers.includes(r.tier));
  const items = (list: IndicatorRow[], c: GrammaticalCase) => lines(list.map((r) => listItem(r, c)));
  const orgsOf = levelPlural(level, 'genitive');

  const parts: DraftPart[] = [
    part(
      'basis',
      'paragraph',
      true,
      `Проект ${PROJECT} реализуется в соответствии с постановлением Исполнительного комитета Профсоюза от 12 октября 2020 г. № 3-6. ` +
        `Президиум рассмотрел информацию о ходе его реализации в ${region.prepositional}.`,
    ),
    part('figures', 'paragraph', false, figures(total, table.source.asOf)),
    part('cards', 'paragraph', false, cards(total)),
    part('profcards', 'paragraph', false, profcards(total)),
  ];
  if (table.compareTo) parts.push(part('dynamics', 'paragraph', false, dynamics(total, table.compareTo.asOf)));

  for (const list of TIER_LISTS) {
    const orgs = inTier(list.tier);
    if (orgs.length === 0) continue;
    parts.push(part(`tier.${list.tier}.lead`, 'paragraph', false, list.lead(orgs.length, level)));
    parts.push(part(`tier.${list.tier}.items`, 'items', false, items(orgs, list.itemCase)));
  }
  const counted = rows.filter((r) => r.tier !== 'liquidating').length;
  const complete = inTier('complete').length;
  if (counted > 0) {
    parts.push(
      part(
        'summary',
        'paragraph',
        false,
        `Таким образом, работа по внесению всех членов Профсоюза в АИС завершена в ${formatInt(complete)} из ${countOrgs(counted, level, 'genitive')}` +
          ` (${formatPercent((complete / counted) * 100)}).`,
      ),
    );
  }

  parts.push(
    part('decides.lead', 'paragraph', true, `С учётом изложенного, заслушав и обсудив информацию ${settings.speaker}, президиум ${region.genitive}`),
    part('decides', 'decides', true, 'ПОСТАНОВЛЯЕТ:'),
    part('point.note', 'point', true, `Информацию о ходе реализации проекта ${PROJECT} принять к сведению.`),
  );
  const praised = inTier('complete', 'near');
  if (praised.length > 0) {
    parts.push(
      part(
        'point.praise',
        'point',
        true,
        `Считать удовлетворительным ход реализации проекта и отметить работу председателей и профсоюзного актива следующих ${orgsOf} Профсоюза:`,
      ),
      part('point.praise.items', 'subitems', false, items(praised, 'genitive')),
    );
  }
  parts.push(
    part(
      'point.analyse',
      'point',
      true,
      `Председателям ${orgsOf} Профсоюза проанализировать итоги внесения членов Профсоюза в АИС в разрезе каждой первичной ` +
        'профсоюзной организации, отметить наиболее активные и принять меры по активизации работы в отстающих.',
    ),
  );
  const weak = inTier('weak');
  if (weak.length > 0) {
    parts.push(
      part(
        'point.attention',
        'point',
        true,
        `Обратить внимание председателей следующих ${orgsOf} Профсоюза на необходимость срочной активизации работы по внесению всех членов Профсоюза в АИС:`,
      ),
      part('point.attention.items', 'subitems', false, items(weak, 'genitive')),
    );
  }
  const zero = inTier('zero');
  if (zero.length > 0) {
    parts.push(
      part(
        'point.inadmissible',
        'point',
        true,
        `Отметить неудовлетворительную работу и указать председателям следующих ${orgsOf} Профсоюза на недопустимость срыва работы по реализации проекта:`,
      ),
      part('point.inadmissible.items', 'subitems', false, items(zero, 'genitive')),
    );
  }
  parts.push(
    part(
      'point.deadline',
      'point',
      true,
      `Председателям ${orgsOf} Профсоюза завершить работу по внесению всех членов Профсоюза в АИС в срок до ${formatDateGenitiveYear(settings.deadline)}.`,
    ),
    part('point.control', 'point', true, sentence(`Контроль за выполнением настоящего постановления возложить на ${settings.control}`)),
  );
  return parts;
}
