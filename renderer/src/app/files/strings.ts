/** Russian texts of opening, creating and closing files (buttons and the host menu alike). */
export const FILE_TEXT = {
  pathLabel: 'Полный путь к файлу реестра (.profreestr)',
  pathPlaceholder: 'Например: C:\\Users\\Иванова\\Documents\\Реестр.profreestr',
  pathSubmitOpen: 'Открыть',
  pathSubmitCreate: 'Создать',
  pathCancel: 'Отмена',
  pathRequired: 'Укажите полный путь к файлу.',
  progressDefault: 'Подготовка…',
  progressLabel: 'Ход выполнения',
  cancel: 'Отмена',
  cancelling: 'Отмена…',
} as const;
