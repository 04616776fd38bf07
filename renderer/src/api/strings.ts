/** Russian messages of the transport: what the user sees when the host cannot be reached. */
export const API_TEXT = {
  noConnection:
    'Нет связи с программой Профреестр. Проверьте, что она запущена, и повторите действие.',
  badAnswer: 'Программа Профреестр прислала ответ, который не удалось прочитать.',
  desktopFailed: 'Не удалось выполнить команду в окне программы. Повторите действие.',
  cancelled: 'Операция отменена.',
  httpError: (status: number) => `Программа Профреестр ответила ошибкой (код ${status}).`,
} as const;
