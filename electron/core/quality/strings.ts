import { displayValue } from '../../../shared/edit/display';
import { agree, agreeVerb, formatInt, formatPercent } from '../../../shared/ru';

/** Russian texts of the data-quality engine: what is wrong with a record, as letters print it. */
export const QUALITY_ENGINE_TEXT = {
  chairMissing: 'не заполнена вкладка «Председатель» (нет фамилии председателя)',
  termMissing: 'не указана дата окончания полномочий председателя',
  termExpired: (end: string, asOf: string) => `срок полномочий истёк ${dateText(end)} (данные на ${dateText(asOf)})`,
  noEmail: 'не указан адрес электронной почты председателя',
  noConsent: 'нет согласия председателя на письма по электронной почте',
  primaryEmpty: 'нет ни одного члена Профсоюза на электронном учёте',
  coverageOver: (registered: number, stat: number, coverage: number) =>
    `на учёте ${formatInt(registered)}, по статотчёту ${formatInt(stat)} (охват ${formatPercent(coverage)}): снимите с учёта выбывших`,
  emptyLeaf: 'нет членов Профсоюза на учёте и нет входящих организаций',
  liquidated: 'организация ликвидирована, а член Профсоюза на учёте в ней',
  categoryUnset: 'категория не указана',
  studentInWorkers: '«обучающийся» в организации работников',
  workerInStudents: (category: string) => `«${category}» в организации обучающихся`,
  cardSince: (date: string, days: number) => `«доставлен в регион» с ${dateText(date)} (дольше ${agree(days, 'день')}), не выдан`,
  cardNoDate: '«доставлен в регион», дата статуса не указана, не выдан',
  refusedNoApp: 'отказ от ЭПБ, а виртуальной карты в приложении PROFCARDS нет: документа о членстве нет',
  birthNotDate: (value: string) => `«${value}» — не дата`,
  birthFuture: (date: string) => `${dateText(date)} — дата в будущем`,
  birthAge: (date: string, age: number) => `${dateText(date)}: возраст ${agree(age, ['год', 'года', 'лет'])}`,
  noPdConsent: 'нет согласия на обработку персональных данных',
  notInForm: (value: string, form: string | null) => (form === null ? `«${value}» — пустое значение` : `«${value}» — нужно «${form}»`),
  genderPatronymic: (gender: string, patronymic: string) => `пол «${gender}», а отчество «${patronymic}»`,
  dupSameOrg: (others: number, birth: string) =>
    `в организации есть ещё ${agree(others, 'запись')} с теми же ФИО и датой рождения (${dateText(birth)})`,
  dupCrossOrg: (orgs: string[]) => `те же ФИО и дата рождения в ${orgs.length === 1 ? 'организации' : 'организациях'} ${orgs.map((o) => `«${o}»`).join(', ')}`,
  dupPossible: (birth: string) => `фамилия отличается одной буквой от другой записи с теми же именем, отчеством и датой рождения (${dateText(birth)})`,
  fixLabel: (fix: string, records: number) => `${fix}: ${agree(records, 'запись')}`,
  mergeLabel: (who: string, removed: number) =>
    `Объединение дубликатов: оставлена запись ${who}, ${agreeVerb(removed, 'снята', 'сняты')} с учёта ${agree(removed, 'запись')}`,
  mergeSame: 'Запись, которую нужно оставить, не может быть среди снимаемых.',
  mergeRemoved: (who: string) => `${who} уже снят(а) с учёта: объединять можно только записи, состоящие на учёте.`,
  mergeNotFound: (id: number) => `Запись № ${id} не найдена.`,
  mergeField: (field: string) => `Поле «${field}» при объединении не выбирается.`,
  mergeSource: (field: string, id: number) => `Для поля «${field}» выбрана запись № ${id}, которой нет среди объединяемых.`,
} as const;

/** A stored date as people read it; a malformed one is shown as stored. Remembered: tens of
 *  thousands of findings share a few thousand dates. */
const dates = new Map<string, string>();
function dateText(iso: string): string {
  let text = dates.get(iso);
  if (text === undefined) {
    text = displayValue({ kind: 'date' }, iso);
    if (dates.size < 100_000) dates.set(iso, text);
  }
  return text;
}
