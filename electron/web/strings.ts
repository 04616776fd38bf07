/** Russian texts the browser-mode host shows. */
export const WEB_TEXT = {
  forbidden:
    'Доступ запрещён. Откройте адрес с ключом доступа, который Профреестр напечатал при запуске.',
  wrongHost: 'Профреестр отвечает только на адрес 127.0.0.1 или localhost.',
  methodNotAllowed: 'Такой запрос не поддерживается.',
  jsonOnly: 'Ожидается запрос в формате JSON.',
  badRequest: 'Запрос не удалось разобрать: ожидается JSON с полями name и args.',
  noDialogs:
    'В браузерном режиме нет окна выбора файла: введите полный путь к файлу реестра (.profreestr).',
  noFileChooser:
    'В браузерном режиме нет окна выбора файла: введите полный путь к файлу в поле на странице (например, C:\\Users\\Иванова\\Documents\\Выгрузка.xlsx).',
  notFound: 'Страница не найдена.',
  internal: 'Внутренняя ошибка сервера Профреестра.',
  started: (url: string) =>
    `Профреестр работает в браузерном режиме.\nОткройте в браузере: ${url}\nЧтобы остановить, нажмите Ctrl+C.`,
  noRenderer: (dir: string) =>
    `Не найдена собранная страница программы (${dir}). Сначала выполните «npm run build».`,
  usage:
    'Использование: web-host [--port N] [--file ПУТЬ.profreestr] [--data-dir ПАПКА] [--no-demo]',
} as const;
