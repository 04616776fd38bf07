/** Russian texts of the command-line tool. */
export const CLI_TEXT = {
  usage: `Профреестр — командная строка.

Использование:
  profreestr demo --out ФАЙЛ [--members N] [--seed S] [--force] [--json]
      создать демонстрационный регион (по умолчанию 45 000 членов Профсоюза)
  profreestr info --db ФАЙЛ [--json]
      сведения о файле реестра: регион, дата данных, число организаций и членов Профсоюза

Коды завершения: 0 — успешно, 1 — ошибка во входных данных, 2 — внутренняя ошибка.`,
  unknownCommand: (cmd: string) => `Неизвестная команда «${cmd}». Список команд: profreestr --help`,
  missingOption: (opt: string) => `Не указан обязательный параметр --${opt}.`,
  badInteger: (opt: string, value: string, min: number, max: number) =>
    `Параметр --${opt}: «${value}» — не целое число от ${min} до ${max}.`,
  outExists: (file: string) =>
    `Файл «${file}» уже существует. Укажите другой файл или добавьте --force, чтобы заменить его.`,
  demoProgress: (done: string, total: string) => `Создано записей: ${done} из ${total}`,
  internal: (message: string) => `Внутренняя ошибка: ${message}`,
} as const;
