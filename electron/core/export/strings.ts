import { formatDateNumeric } from '../../../shared/ru';

/** Russian texts of exports: sheet names, column headers of the change set, messages. */
export const EXPORT_TEXT = {
  sheets: { orgs: 'Организации', members: 'Члены Профсоюза', changes: 'Изменения' },
  orgName: 'Организация',
  changes: {
    at: 'Когда',
    entity: 'Что',
    code: 'Код (ID в АИС)',
    name: 'Наименование или ФИО',
    field: 'Поле',
    old: 'Было',
    new: 'Стало',
    source: 'Как изменено',
    record: 'Карточка целиком',
    created: 'создана',
    deleted: 'удалена',
  },
  progress: (rows: string) => `Выгрузка: ${rows} строк`,
  cancelled: 'Выгрузка отменена: файл не записан.',
  noFolder: (dir: string) => `Папка «${dir}» не существует. Укажите другое место для файла.`,
  locked: (file: string) =>
    `Не удалось записать «${file}»: файл открыт в другой программе (например, в Excel) или нет прав на запись. Закройте его и повторите.`,
  noSpace: 'На диске не хватает места. Освободите место и повторите.',
  noSnapshot: 'В файле ещё нет ни одного среза данных (загрузки): изменения не с чем сравнить.',
  snapshotNotFound: (id: number) => `Срез данных № ${id} не найден в файле.`,
  orgNotFound: (id: number) => `Организация с номером ${id} не найдена в файле.`,
  since: (asOf: string) => `после загрузки данных на ${formatDateNumeric(asOf)}`,
} as const;
