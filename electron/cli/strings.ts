/** Russian texts of the command-line tool. */
export const CLI_TEXT = {
  usage: `Профреестр — командная строка.

Использование:
  profreestr demo --out ФАЙЛ [--members N] [--seed S] [--union] [--force] [--json]
      создать демонстрационный регион (по умолчанию 45 000 членов Профсоюза);
      --union — файл всего Профсоюза: центральный уровень и 80 региональных организаций
  profreestr info --db ФАЙЛ [--json]
      сведения о файле реестра: регион, дата данных, число организаций и членов Профсоюза
  profreestr metrics --db ФАЙЛ [--level local|primary|regional|district|unit|all] [--snapshot ID] [--compare ID] [--json]
      показатели по каждой организации уровня (по умолчанию местные): группа, диапазон охвата, все показатели;
      --snapshot — по сохранённому срезу, --compare — изменение по сравнению со срезом
  profreestr doc resolution|appendix|contest --db ФАЙЛ --out ДОКУМЕНТ.docx [--settings НАСТРОЙКИ.json] [--json]
      проект постановления президиума (с приложением), приложение с таблицами или итоги конкурса;
      настройки — те же поля, что в форме программы (незаданные берутся по умолчанию)
  profreestr doc members|cards --db ФАЙЛ --org КОД --out СПИСОК.docx [--columns fio,birthDate,…] [--landscape] [--own] [--json]
      список членов Профсоюза организации (со всеми входящими; --own — только её) или ведомость выдачи ЭПБ
      «доставлен в регион»; колонки списка: fio и поля карточки (birthDate, position, category, cardStatus, phone, email …)
  profreestr doc letters --db ФАЙЛ --out ПИСЬМА.docx|ПАПКА [--checks ID,…] [--org КОД,…] [--date ГГГГ-ММ-ДД]
      [--deadline ГГГГ-ММ-ДД] [--signer-position "…"] [--signer-name "И.О. Фамилия"] [--json]
      письма-рекомендации организациям с замечаниями: все в одном файле (путь .docx) или по файлу на организацию
      в папке; рядом — та же таблица в XLSX (лист на организацию)
  profreestr check --db ФАЙЛ [--check ПРОВЕРКА] [--card-days N] [--json]
      проверки качества данных: код, важность, число записей, название; с --check — записи, которые
      нужно исправить (кто, организация, поле, что не так); --card-days — срок для ЭПБ «доставлен в регион»
  profreestr import ФАЙЛ --db ФАЙЛ [--kind orgs|members|stats] [--mapping СОПОСТАВЛЕНИЕ.json] [--sheet ЛИСТ]
      [--as-of ГГГГ-ММ-ДД] [--remove-missing] [--dry-run] [--json]
      загрузить выгрузку АИС или таблицу Excel (XLSX, CSV); нет файла реестра — он создаётся; --dry-run — только
      проверить и показать, что изменится; --remove-missing — снять с учёта тех, кого нет в выгрузке
  profreestr export orgs|members|changes --db ФАЙЛ --out ФАЙЛ.xlsx|.csv [--org КОД] [--own] [--removed]
      [--encoding utf-8|windows-1251] [--snapshot ID] [--json]
      выгрузить организации, членов Профсоюза (организации со всеми входящими; --own — только её) или
      изменения после последней загрузки (--snapshot — после указанного среза)
  profreestr ru person "Фамилия Имя Отчество" --gender м|ж --case ПАДЕЖ [--initials] [--json]
  profreestr ru org "Наименование" --case ПАДЕЖ [--json]
      склонение ФИО и наименования организации (падежи: именительный, родительный, дательный,
      винительный, творительный, предложный)

Коды завершения: 0 — успешно, 1 — ошибка во входных данных, 2 — внутренняя ошибка.`,
  unknownCommand: (cmd: string) => `Неизвестная команда «${cmd}». Список команд: profreestr --help`,
  missingOption: (opt: string) => `Не указан обязательный параметр --${opt}.`,
  badInteger: (opt: string, value: string, min: number, max: number) =>
    `Параметр --${opt}: «${value}» — не целое число от ${min} до ${max}.`,
  outExists: (file: string) =>
    `Файл «${file}» уже существует. Укажите другой файл или добавьте --force, чтобы заменить его.`,
  demoProgress: (done: string, total: string) => `Создано записей: ${done} из ${total}`,
  internal: (message: string) => `Внутренняя ошибка: ${message}`,
  badLevel: (value: string) =>
    `Параметр --level: «${value}» — неизвестный уровень. Допустимо: local, primary, regional, district, unit, all.`,
  metricsTitle: (source: string, date: string) => `Показатели (${source} на ${date})`,
  badDocKind: (kind: string) =>
    `Неизвестный вид документа «${kind}». Укажите resolution (постановление), appendix (приложение), contest (итоги конкурса), members (список членов Профсоюза), cards (ведомость выдачи ЭПБ) или letters (письма организациям).`,
  settingsMissing: (file: string) => `Файл настроек «${file}» не найден.`,
  settingsNotJson: (file: string, reason: string) => `Файл настроек «${file}» — не JSON: ${reason}`,
  settingsSource: (file: string) => `Файл настроек «${file}»`,
  docWritten: (label: string, file: string) => `${label}: записано в «${file}».`,
  badCheck: (id: string) => `Неизвестная проверка «${id}». Список проверок: profreestr check --db ФАЙЛ`,
  orgNotFound: (code: string) => `Организации с кодом «${code}» в файле нет.`,
  badColumns: (bad: string[], allowed: readonly string[]) => `Неизвестные колонки: ${bad.join(', ')}. Допустимо: ${allowed.join(', ')}.`,
  badChecks: (bad: string[], allowed: readonly string[]) => `Неизвестные проверки: ${bad.join(', ')}. Допустимо: ${allowed.join(', ')}.`,
  notAFolder: (target: string) => `«${target}» — это файл, а не папка. Для одного файла со всеми письмами укажите путь, оканчивающийся на .docx.`,
  listLabel: { members: 'Список членов Профсоюза', cards: 'Ведомость выдачи ЭПБ' },
  lettersWritten: (letters: number, files: number, target: string) => `Писем: ${letters}, файлов: ${files} — записано в «${target}».`,
  checkHeader: ['Проверка', 'Важность', 'Число', 'Название'],
  checkRowsHeader: ['№', 'Кто', 'Организация', 'Поле', 'Замечание'],
  checkTitle: (asOf: string, cardDays: number) => `Качество данных (данные на ${asOf}; ЭПБ «доставлен в регион» — дольше ${cardDays} дн.)`,
  badRuWhat: (what: string) => `Укажите, что склонять: «ru person "Фамилия Имя Отчество"» или «ru org "Наименование"» (получено «${what}»).`,
  ruNoText: 'Укажите текст в кавычках: ФИО или наименование организации.',
  badCase: (value: string, known: string) => `Параметр --case: «${value}» — неизвестный падеж. Допустимо: ${known}.`,
  badGender: (value: string) => `Параметр --gender: «${value}» — укажите м или ж.`,
  import: {
    noFile: 'Укажите файл для загрузки первым словом: profreestr import ФАЙЛ --db РЕЕСТР.profreestr',
    notFound: 'файл не найден',
    badMapping: (file: string, reason: string) => `Файл сопоставления «${file}» не читается: ${reason}`,
    badKind: (kind: string) => `Параметр --kind: «${kind}» — укажите orgs (организации), members (члены Профсоюза) или stats (статотчёт).`,
    badAsOf: (value: string) => `Параметр --as-of: «${value}» — дата в виде ГГГГ-ММ-ДД.`,
    giveKind: 'Укажите вид файла параметром --kind orgs|members|stats или сопоставление столбцов в --mapping.',
    dryRunTitle: (file: string) => `Проверка «${file}» (файл реестра не изменён):`,
    doneTitle: (file: string) => `Загружено из «${file}»:`,
    counts: (rows: string, added: string, updated: string, unchanged: string, skipped: string) =>
      `строк: ${rows}; добавлено: ${added}; обновлено: ${updated}; без изменений: ${unchanged}; пропущено: ${skipped}`,
    missing: (missing: string, removed: string) => `нет в файле (были в реестре): ${missing}; снято с учёта: ${removed}`,
    reason: (reason: string, count: string) => `  пропущено — ${reason}: ${count}`,
    ignored: (columns: string[]) => `не загружались столбцы: ${columns.map((c) => `«${c}»`).join(', ')}`,
    problem: (error: boolean, row: number | null, column: string | null, message: string) =>
      `${error ? 'ошибка' : 'замечание'}${row === null ? '' : `, строка ${row}`}${column === null ? '' : `, столбец «${column}»`}: ${message}`,
    more: (n: string) => `…и ещё замечаний: ${n}`,
    saved: (asOf: string, backup: string | null) => `Срез данных на ${asOf} записан.${backup ? ` Копия файла реестра до загрузки: «${backup}».` : ''}`,
  },
  export: {
    badWhat: (what: string) => `Что выгрузить: orgs (организации), members (члены Профсоюза) или changes (изменения); получено «${what}».`,
    badExtension: (file: string) => `Файл «${file}»: укажите расширение .xlsx или .csv.`,
    badEncoding: (value: string) => `Параметр --encoding: «${value}» — укажите utf-8 или windows-1251.`,
    written: (rows: number, file: string) => `Строк: ${rows} — записано в «${file}».`,
  },
} as const;
