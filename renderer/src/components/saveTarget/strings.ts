/** Russian texts of the shared «where to save, in which format» pieces (import page, registry). */
export const SAVE_TARGET_TEXT = {
  path: {
    label: 'Полный путь к файлу',
    placeholder: 'Например: C:\\Users\\Иванова\\Documents\\Выгрузка.xlsx',
    required: 'Укажите полный путь к файлу.',
  },
  cancel: 'Отмена',
  format: 'Формат',
  formats: { xlsx: 'Книга Excel (XLSX)', 'csv-utf-8': 'CSV (UTF-8)', 'csv-windows-1251': 'CSV (Windows-1251, для старых программ)' },
} as const;
