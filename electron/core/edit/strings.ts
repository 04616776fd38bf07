import { agree, formatDateNumeric } from '../../../shared/ru';

/** Russian texts of the engine's editing: action labels for the undo list and refusals. */
export const EDIT_ENGINE_TEXT = {
  nothingToUndo: 'Отменять нечего: в этом файле нет действий, которые можно отменить.',
  nothingToRedo: 'Повторять нечего: нет отменённых действий.',
  undoConflict: (label: string, what: string) =>
    `Действие «${label}» нельзя отменить: ${what} с тех пор изменено другим способом (не из журнала действий).`,
  redoConflict: (label: string, what: string) =>
    `Действие «${label}» нельзя повторить: ${what} с тех пор изменено другим способом.`,
  recordGone: 'запись удалена',
  recordExists: 'запись с тем же номером уже есть',
  recordInUse: 'от записи зависят другие записи',
  fieldOf: (label: string, who: string) => `поле «${label}» (${who})`,
  memberRef: (id: number, fio: string | null) => (fio ? `${fio}, № ${id}` : `член Профсоюза № ${id}`),
  orgRef: (id: number, name: string | null) => (name ? `«${name}»` : `организация № ${id}`),
  notFound: (who: string) => `Не найдена запись: ${who}.`,
  refused: (n: number) => `Изменения не сохранены: ${agree(n, 'ошибка')}.`,
  problem: (who: string | null, label: string, problem: string) => (who ? `${who}, «${label}»: ${problem}` : `«${label}»: ${problem}`),

  // Action labels as the undo button and the history show them.
  labelAdd: (fio: string, org: string) => `Добавлен член Профсоюза ${fio} в ${org}`,
  labelTransfer: (n: number, org: string, date: string) =>
    `Перевод: ${agree(n, 'член Профсоюза')} в ${org} с ${formatDateNumeric(date)}`,
  labelRemove: (n: number, date: string) => `Снятие с учёта: ${agree(n, 'член Профсоюза')} с ${formatDateNumeric(date)}`,
  labelRestore: (n: number) => `Восстановление на учёте: ${agree(n, 'член Профсоюза')}`,
  labelOrgAdd: (name: string) => `Добавлена организация «${name}»`,
  labelOrgMove: (name: string, parent: string) => `«${name}» перемещена в «${parent}»`,
  labelOrgLiquidate: (name: string) => `«${name}» отмечена как ликвидированная`,
  labelOrgDelete: (name: string) => `Удалена организация «${name}»`,

  // Refusals of member operations.
  memberOrgLevel: (org: string) =>
    `Члены Профсоюза состоят на учёте в первичной организации или в организации структурного подразделения, а ${org} — не такая организация.`,
  orgLiquidated: (org: string) => `Организация ${org} ликвидирована: добавить или перевести в неё членов Профсоюза нельзя.`,
  alreadyRemoved: (who: string) => `${who} уже снят(а) с учёта. Сначала восстановите на учёте.`,
  notRemoved: (who: string) => `${who} состоит на учёте: восстанавливать нечего.`,
  sameOrg: (who: string) => `${who} уже состоит в этой организации.`,
  dateRequired: 'Укажите дату.',
  reasonRequired: 'Укажите причину снятия с учёта.',

  // Refusals of organization operations.
  childLevel: (parent: string, parentLevel: string, level: string) =>
    `В ${parent} (уровень «${parentLevel}») не может входить организация уровня «${level}».`,
  moveCycle: (name: string, parent: string) =>
    `Нельзя переместить «${name}» в «${parent}»: «${parent}» сама входит в «${name}», получился бы замкнутый круг.`,
  moveSelf: (name: string) => `Нельзя переместить «${name}» в саму себя.`,
  moveSame: (name: string, parent: string) => `«${name}» уже входит в «${parent}».`,
  moveRoot: 'Корневую организацию реестра переместить нельзя.',
  alreadyLiquidated: (name: string) => `Организация «${name}» уже отмечена как ликвидированная.`,
  deleteNotEmpty: (name: string, members: number, children: number) =>
    `Удалить «${name}» нельзя: ` +
    [
      members > 0 ? `в ней ${agree(members, 'член Профсоюза')} (считая снятых с учёта)` : '',
      children > 0 ? `в неё входят ${agree(children, 'организация')}` : '',
    ]
      .filter((s) => s !== '')
      .join(', ') +
    '. Удалить можно только пустую организацию; действующую можно отметить как ликвидированную.',
  codeTaken: (code: string) => `Код «${code}» уже есть у другой организации.`,
} as const;
