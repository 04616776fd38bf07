/** Russian texts of the start screen (no file open). */
export const START_TEXT = {
  heading: 'Профреестр',
  subtitle: 'Региональный реестр Общероссийского Профсоюза образования',
  lead: 'Откройте файл реестра, чтобы начать работу.',
  openDemo: 'Открыть демонстрационный регион',
  openDemoHint: 'Вымышленный регион с готовыми данными: можно спокойно пробовать любые действия.',
  openFile: 'Открыть файл…',
  openFileHint: 'Файл реестра с расширением .profreestr.',
  createFile: 'Создать реестр…',
  createFileHint: 'Новый пустой файл реестра для вашей организации.',
  recentHeading: 'Недавние файлы',
} as const;
