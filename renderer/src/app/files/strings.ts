/** Russian texts of opening, creating and closing files (buttons and the host menu alike). */
export const FILE_TEXT = {
  pathSubmitOpen: 'Открыть',
  pathSubmitCreate: 'Создать',
  progressDefault: 'Подготовка…',
  progressLabel: 'Ход выполнения',
  cancel: 'Отмена',
  cancelling: 'Отмена…',
} as const;
