// Closed vocabularies read by their Russian labels (shared/domain/enums.ts), in any case, with
// ё as е, and with the other words specialists and the AIS use for the same thing.
import {
  CARD_STATUS_LABELS,
  GENDER_LABELS,
  MEMBER_CATEGORY_LABELS,
  ORG_KIND_LABELS,
  ORG_LEVEL_LABELS,
  ORG_STATUS_LABELS,
  REMOVAL_REASON_LABELS,
  type CardStatus,
  type Gender,
  type MemberCategory,
  type OrgKind,
  type OrgLevel,
  type OrgStatus,
  type RemovalReason,
} from '../domain/enums';
import { cellText, fail, normalizeWord, ok, quote, type CellInput, type Parsed, type ValueParser } from './result';
import { VALUE_TEXT } from './strings';

/** Compared without case, ё, quotes, brackets' spacing and a trailing full stop. */
function enumKey(text: string): string {
  return normalizeWord(text)
    .replace(/[«»"“”„]/g, '')
    .replace(/\s*([()])\s*/g, '$1')
    .replace(/\.$/, '')
    .trim();
}

/**
 * A parser of one vocabulary: its labels, its ids (so our own files read back) and synonyms.
 * The problem text lists the labels, which is what the user should type.
 */
export function enumParser<T extends string>(
  labels: Record<T, string>,
  synonyms: Partial<Record<T, readonly string[]>> = {},
): ValueParser<T> {
  const byKey = new Map<string, T>();
  const add = (word: string, id: T): void => {
    const key = enumKey(word);
    // A word meaning two things would read one of them wrongly: a programming error.
    if (byKey.has(key) && byKey.get(key) !== id) throw new Error(`Synonym «${word}» is ambiguous`);
    byKey.set(key, id);
  };
  for (const id of Object.keys(labels) as T[]) {
    add(labels[id], id);
    add(id, id);
    for (const word of synonyms[id] ?? []) add(word, id);
  }
  const allowed = Object.values<string>(labels).map((l) => `«${l}»`).join(', ');
  return (input: CellInput): Parsed<T> => {
    const text = cellText(input);
    if (text === '') return ok(null);
    const id = byKey.get(enumKey(text));
    return id === undefined ? fail(VALUE_TEXT.notInList(quote(input), allowed)) : ok(id);
  };
}

export const parseGender: ValueParser<Gender> = enumParser(GENDER_LABELS, {
  male: ['м', 'муж', 'мужчина', 'm'],
  female: ['ж', 'жен', 'женщина', 'f', 'w'],
});

export const parseOrgLevel: ValueParser<OrgLevel> = enumParser(ORG_LEVEL_LABELS, {
  union: ['профсоюз (центральный уровень)', 'центральный', 'центральный уровень', 'общероссийский'],
  regional: ['региональная (межрегиональная)', 'межрегиональная', 'региональная организация', 'межрегиональная организация', 'региональный'],
  district: ['окружная организация', 'окружной'],
  local: ['территориальная', 'местная организация', 'территориальная (местная)', 'территориальная организация', 'районная', 'городская', 'местный'],
  primary: ['первичная организация', 'первичная профсоюзная организация', 'ппо', 'первичный', 'первичная профсоюзная'],
  unit: ['структурное подразделение', 'профорганизация структурного подразделения', 'организация структурного подразделения', 'структурного подразделения ппо'],
});

export const parseOrgKind: ValueParser<OrgKind> = enumParser(ORG_KIND_LABELS, {
  region: ['региональная', 'межрегиональная', 'региональная (межрегиональная) организация'],
  district_org: ['районная'],
  city_org: ['городская'],
  territorial_org: ['территориальная', 'иная территориальная', 'местная'],
  school: ['школа', 'общеобразовательная', 'общеобразовательное учреждение', 'оо'],
  kindergarten: ['детский сад', 'дошкольная', 'дошкольное учреждение', 'доу', 'дошкольная образовательная'],
  college: ['колледж', 'техникум', 'спо', 'профессиональная образовательная', 'поо'],
  university: ['вуз', 'университет', 'институт', 'высшее', 'образовательная организация высшего образования (вуз)'],
  students: ['обучающиеся', 'студенты', 'ппо обучающихся', 'студенческая', 'организация студентов'],
  additional_education: ['дополнительное образование', 'удо', 'дополнительного образования', 'организация доп. образования'],
  other: ['иная', 'другое', 'другая', 'прочие', 'прочая'],
});

export const parseOrgStatus: ValueParser<OrgStatus> = enumParser(ORG_STATUS_LABELS, {
  active: ['действует', 'активная', 'действующий', 'работает'],
  liquidating: ['ликвидируется', 'в процессе ликвидации', 'стадия ликвидации'],
  liquidated: ['ликвидированная', 'ликвидирован', 'ликвидировано'],
});

export const parseMemberCategory: ValueParser<MemberCategory> = enumParser(MEMBER_CATEGORY_LABELS, {
  working: ['работающие', 'работает', 'работник', 'сотрудник'],
  student: ['обучающиеся', 'студент', 'студентка', 'учащийся', 'учащаяся', 'обучающаяся'],
  pensioner: ['пенсионер', 'пенсионерка', 'неработающие пенсионеры', 'неработающая пенсионерка'],
  unset: ['не указана', 'не задана', 'не задан'],
});

export const parseCardStatus: ValueParser<CardStatus> = enumParser(CARD_STATUS_LABELS, {
  none: ['нет', 'заявки нет', 'без заявки', 'отсутствует'],
  requested: ['заявка', 'оформлена заявка', 'заявка оформлена, ожидает изготовления'],
  produced: ['изготовлена', 'изготовлено', 'изготовлен, ожидает доставки'],
  delivered: ['доставлен', 'доставлена в регион', 'доставлено в регион', 'доставлена'],
  issued: ['выдана', 'выдано', 'вручен', 'вручена'],
  refused: ['отказ от эпб', 'отказался', 'отказалась', 'отказ от билета'],
});

export const parseRemovalReason: ValueParser<RemovalReason> = enumParser(REMOVAL_REASON_LABELS, {
  own_wish: ['собственное желание', 'по собственному', 'заявление', 'по заявлению', 'выход из профсоюза'],
  dismissal: ['уволен', 'уволена', 'увольнение с работы'],
  graduation: ['выпуск', 'окончание учебы', 'отчисление', 'отчислен', 'окончил обучение'],
  transfer: ['перевод', 'переведен', 'переведена', 'перевод в другую ппо'],
  death: ['умер', 'умерла', 'смерть члена профсоюза'],
  expulsion: ['исключен', 'исключена', 'исключение из профсоюза'],
  not_in_export: ['нет в выгрузке из аис', 'отсутствует в выгрузке'],
  duplicate: ['дубль', 'дублирующая запись', 'повторная запись'],
  other: ['другое', 'прочее', 'иная причина'],
});
