import type { ImportKindId } from '../../../shared/api/methods/import';
import { formatInt } from '../../../shared/ru';

/** Russian texts of importing files: what cannot be read, what does not fit, what happens. */
export const IMPORT_TEXT = {
  read: {
    notFound: (file: string) => `Файл «${file}» не найден. Проверьте путь.`,
    isFolder: (file: string) => `«${file}» — это папка, а не файл.`,
    cannotRead: (file: string, reason: string) => `Не удалось прочитать файл «${file}»: ${reason}`,
    /** The row thread stopped without its answer (out of memory, killed): nothing was written. */
    threadStopped: (file: string) =>
      `Чтение файла «${file}» прервалось; реестр не изменён. Повторите загрузку; если ошибка повторится, сообщите разработчикам.`,
    threadMapping: (file: string) => `Внутренняя ошибка при чтении файла «${file}»: столбцы сопоставлены по-разному. Сообщите разработчикам.`,
    empty: (file: string) => `Файл «${file}» пустой: в нём нет ни одной строки.`,
    binary: (file: string) =>
      `Файл «${file}» не похож на текстовый файл CSV. Сохраните таблицу в Excel как «CSV (разделители — точка с запятой)» или «Книга Excel (*.xlsx)».`,
    unknownFormat: (file: string) =>
      `Формат файла «${file}» не поддерживается. Загрузите книгу Excel (.xlsx) или текстовый файл CSV.`,
    notXlsx: (file: string) =>
      `Файл «${file}» не является книгой Excel (XLSX): он повреждён или это файл другого формата.`,
    truncated: (file: string) =>
      `Файл «${file}» повреждён или записан не полностью (не найдено оглавление архива XLSX). Сохраните его в Excel заново.`,
    corrupt: (file: string, part: string) =>
      `Файл «${file}» повреждён: часть «${part}» не читается. Откройте его в Excel, сохраните заново и повторите загрузку.`,
    tooBig: (file: string) => `Файл «${file}» слишком велик для загрузки (более 4 ГБ в распакованном виде).`,
    password: (file: string) =>
      `Файл «${file}» защищён паролем. Откройте его в Excel, снимите пароль (Файл → Сведения → Защитить книгу → Зашифровать с использованием пароля) и сохраните без пароля.`,
    oldXls: (file: string) =>
      `Файл «${file}» — книга старого формата Excel 97–2003 (.xls). Откройте его в Excel и сохраните как «Книга Excel (*.xlsx)».`,
    ods: (file: string) =>
      `Файл «${file}» — таблица LibreOffice (.ods). Сохраните его как «Книга Excel 2007–365 (.xlsx)» или CSV.`,
    otherZip: (file: string) => `Файл «${file}» — архив, но не книга Excel (.xlsx).`,
    noSheets: (file: string) => `В книге «${file}» нет ни одного листа.`,
    noSheet: (file: string, sheet: string, sheets: string[]) =>
      `В книге «${file}» нет листа «${sheet}». Листы книги: ${sheets.map((s) => `«${s}»`).join(', ')}.`,
    unclosedQuote: (file: string, row: number) =>
      `Файл «${file}», строка ${formatInt(row)}: кавычка не закрыта, или значение длиннее ${formatInt(1_000_000)} знаков. Проверьте кавычки в этой строке.`,
    tooManyColumns: (file: string, row: number, max: number) =>
      `Файл «${file}», строка ${formatInt(row)}: больше ${formatInt(max)} столбцов — это не похоже на таблицу реестра.`,
  },
  match: {
    unnamedColumn: (letter: string) => `Столбец ${letter} (без заголовка)`,
    noHeader: (file: string) => `В файле «${file}» нет строки заголовков: первые строки пустые.`,
    noData: (file: string) => `В файле «${file}» есть только заголовки, строк с данными нет.`,
    unknownKind: (file: string) =>
      `Не удалось понять, что в файле «${file}»: среди заголовков нет известных столбцов организаций или членов Профсоюза. ` +
      'Выберите вид файла и сопоставьте столбцы вручную или возьмите шаблон из меню «Файл → Шаблоны импорта».',
    missingColumns: (file: string, kind: string, columns: string[]) =>
      `В файле «${file}» не найдены обязательные для вида «${kind}» столбцы: ${columns.join('; ')}.`,
    looksLike: (kind: string) => ` Похоже, это файл вида «${kind}».`,
    unknownField: (column: string, field: string, kind: string) =>
      `Сопоставление столбца «${column}»: поле «${field}» не относится к виду «${kind}».`,
    sameField: (column: string, other: string, field: string) =>
      `Столбцы «${other}» и «${column}» сопоставлены одному полю «${field}»: оставьте одно сопоставление.`,
    badMappingFile: (file: string, reason: string) => `Файл сопоставления «${file}» не читается: ${reason}`,
    alternatives: (labels: string[]) => labels.map((l) => `«${l}»`).join(' или '),
  },
  rows: {
    width: (cells: number, header: number) =>
      `в строке ${formatInt(cells)} ${cells === 1 ? 'значение' : 'значений'}, а в заголовке ${formatInt(header)} столбцов: возможно, в этой строке другой разделитель или лишняя кавычка`,
    keptAsIs: (problem: string) => `${problem}; значение загружено как есть`,
    dropped: (problem: string) => `${problem}; значение не загружено`,
  },
  reasons: {
    badValue: 'неверное значение в ключевом столбце',
    width: 'строка не совпадает с заголовком',
    required: 'не заполнено обязательное поле',
    unknownOrg: 'нет организации с таким кодом',
    unknownParent: 'нет вышестоящей организации с таким кодом',
    parentSkipped: 'вышестоящая организация пропущена',
    cycle: 'цикл в кодах вышестоящих организаций',
    duplicate: 'повтор в файле',
    ambiguous: 'в реестре несколько подходящих карточек',
  },
  problems: {
    requiredName: 'не заполнены фамилия и имя',
    requiredOrgCode: 'не указан код организации',
    requiredCode: 'не указан код организации',
    requiredOrgName: 'не заполнено наименование новой организации',
    requiredLevel: 'не указан уровень новой организации',
    unknownOrg: (code: string) => `нет организации с кодом «${code}» в реестре: сначала загрузите файл организаций`,
    unknownParent: (code: string) => `нет организации с кодом «${code}» ни в файле, ни в реестре`,
    parentSkipped: (code: string) => `вышестоящая организация «${code}» не загружается из-за ошибок в её строке`,
    cycle: (path: string[]) => `коды вышестоящих организаций образуют цикл: ${path.join(' → ')}`,
    duplicateAis: (id: string, row: number) => `ID в АИС «${id}» уже встречался в строке ${formatInt(row)}`,
    duplicatePerson: (row: number) => `тот же человек (ФИО и дата рождения), что в строке ${formatInt(row)}: укажите ID в АИС, если это разные люди`,
    duplicateCode: (code: string, row: number) => `код организации «${code}» уже встречался в строке ${formatInt(row)}`,
    ambiguous: (n: number) => `в реестре ${formatInt(n)} карточки с такими ФИО и датой рождения: укажите ID в АИС`,
    sameMember: (row: number) => `эта карточка уже сопоставлена строке ${formatInt(row)}`,
  },
  progress: {
    backup: 'Резервная копия файла реестра',
    preview: (kind: string) => `Проверка файла (${kind})`,
    commit: (kind: string) => `Загрузка (${kind})`,
    rate: (title: string, rows: number, perSecond: number) =>
      `${title}: ${formatInt(rows)} строк, ${formatInt(perSecond)} строк/с`,
    missing: 'Снятие с учёта отсутствующих в выгрузке',
    indicators: 'Расчёт показателей среза',
  },
  cancelled: 'Импорт отменён: файл реестра не изменён.',
  busy: 'Уже идёт импорт в этот файл реестра. Дождитесь его окончания.',
  backupFailed: (target: string, reason: string) =>
    `Не удалось сделать резервную копию «${target}» перед импортом (${reason}). Импорт не выполнен, файл реестра не изменён.`,
  encodings: { 'utf-8': 'UTF-8', 'windows-1251': 'Windows-1251', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16 (BE)' },
  delimiters: { ';': 'точка с запятой', ',': 'запятая', '\t': 'табуляция' },
  fileChanged: (file: string) =>
    `Файл «${file}» изменился после предварительного просмотра. Повторите просмотр перед загрузкой.`,
  snapshotSource: (kind: string, file: string) => `Импорт (${kind}): ${file}`,
  /** Texts inside the import templates. */
  template: {
    creator: 'Профреестр',
    sheet: { orgs: 'Организации', members: 'Члены Профсоюза', stats: 'Статотчет' } satisfies Record<ImportKindId, string>,
    helpSheet: 'Справка',
    helpColumn: 'Столбец',
    helpValues: 'Допустимые значения',
    dateFormat: 'дата в виде ДД.ММ.ГГГГ, например 05.03.1980',
    notes: {
      orgs: [
        'Одна строка — одна организация. «Код организации» — код в АИС, он связывает организацию с её членами.',
        '«Код вышестоящей организации» строит дерево; у региональной организации он пустой.',
        'Пустая ячейка не стирает значение, уже записанное в реестре.',
      ],
      members: [
        'Одна строка — один член Профсоюза. «Код организации» — код первичной организации (или структурного подразделения) в АИС.',
        'Карточки сопоставляются по «ID в АИС», а если его нет — по фамилии, имени, отчеству и дате рождения.',
        'Пустая ячейка не стирает значение, уже записанное в реестре.',
      ],
      stats: [
        'Одна строка — одна организация, которая уже есть в реестре; сопоставление по коду.',
        'Пустая ячейка не стирает значение, уже записанное в реестре.',
      ],
    } satisfies Record<ImportKindId, string[]>,
  },
  kinds: {
    orgs: 'организации',
    members: 'члены Профсоюза',
    stats: 'показатели статотчета',
  },
} as const;
