/** Russian texts of the application frame: navigation, status bar, title, message bar. */
export const APP_TEXT = {
  appName: 'Профреестр',
  /** Window title: «<file name> — Профреестр». */
  title: (fileName: string | null) => (fileName ? `${fileName} — Профреестр` : 'Профреестр'),
  navLabel: 'Разделы',
  pages: {
    registry: 'Реестр',
    quality: 'Качество данных',
    analysis: 'Анализ',
    documents: 'Документы',
    exchange: 'Импорт и экспорт',
  },
  status: {
    noFile: 'Файл не открыт',
    file: (fileName: string) => `Файл: ${fileName}`,
    asOf: (date: string) => `Данные на ${date}`,
    noSnapshot: 'Срез данных не загружен',
  },
  loading: 'Загрузка…',
  statusFailed: 'Не удалось получить сведения о программе.',
  retry: 'Повторить',
  closeMessage: 'Закрыть сообщение',
  unexpected: 'Непредвиденная ошибка в окне программы. Повторите действие или перезапустите Профреестр.',
} as const;
