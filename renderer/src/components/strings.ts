/** Russian texts of the shared components that carry their own words. */
export const PATH_FIELD_TEXT = {
  /** The field's label and example, by what the path is of. */
  label: {
    file: 'Полный путь к файлу',
    registry: 'Полный путь к файлу реестра (.profreestr)',
  },
  placeholder: {
    file: 'Например: C:\\Users\\Иванова\\Documents\\Выгрузка.xlsx',
    registry: 'Например: C:\\Users\\Иванова\\Documents\\Реестр.profreestr',
  },
  required: 'Укажите полный путь к файлу.',
  cancel: 'Отмена',
} as const;
