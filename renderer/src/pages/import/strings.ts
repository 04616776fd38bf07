import type { ImportKindId } from '../../../../shared/api/methods/import';
import { agree, formatInt } from '../../../../shared/ru';

/** Russian texts of the «Импорт и экспорт» page: the import wizard, exports and templates. */
export const EXCHANGE_TEXT = {
  title: 'Импорт и экспорт',
  tabs: { import: 'Импорт', export: 'Экспорт', templates: 'Шаблоны импорта' },
  kinds: { orgs: 'Организации', members: 'Члены Профсоюза', stats: 'Показатели статотчёта' } satisfies Record<ImportKindId, string>,
  kindHints: {
    orgs: 'дерево организаций с председателями и данными статотчёта',
    members: 'учётные карточки членов Профсоюза',
    stats: 'только численность по статотчёту для организаций, которые уже есть в реестре',
  } satisfies Record<ImportKindId, string>,
  choose: {
    intro:
      'Загрузите выгрузку из АИС или свою таблицу Excel (XLSX или CSV). Сначала программа покажет, что изменится, — ничего не записывается, пока вы не подтвердите загрузку.',
    pick: 'Выбрать файл…',
    next: 'Далее',
    reading: 'Чтение файла…',
  },
  setup: {
    file: 'Файл',
    format: (format: string, encoding: string | null, delimiter: string | null) =>
      format === 'xlsx' ? 'книга Excel (XLSX)' : `текст CSV, кодировка ${encoding ?? '—'}, разделитель — ${delimiter ?? '—'}`,
    sheet: 'Лист',
    headerRow: (row: number) => `Заголовки — в строке ${formatInt(row)}`,
    kind: 'Что в файле',
    detected: 'определено по заголовкам',
    mapping: 'Сопоставление столбцов',
    remembered: 'Сопоставление взято из прошлой загрузки файла с такими же заголовками.',
    column: 'Столбец файла',
    field: 'Поле реестра',
    sample: 'Пример значений',
    skipColumn: '— не загружать —',
    asOf: 'Дата данных (срез)',
    asOfHint: 'Дата, на которую сделана выгрузка: по ней сравниваются показатели разных загрузок.',
    check: 'Проверить файл',
    checking: 'Проверка файла…',
    another: 'Другой файл',
  },
  preview: {
    title: 'Что изменится',
    nothingWritten: 'Файл реестра пока не изменён.',
    add: 'Добавить',
    update: 'Обновить',
    fields: (n: number) => `(${agree(n, ['поле', 'поля', 'полей'])})`,
    unchanged: 'Без изменений',
    skip: 'Пропустить (ошибки)',
    missing: 'Были в реестре, нет в файле',
    removeMissing: (n: number) =>
      `Снять с учёта отсутствующих в выгрузке (${agree(n, 'член Профсоюза')}) с причиной «нет в выгрузке». Карточки не удаляются.`,
    missingOrgs: 'Организации, которых нет в файле, остаются в реестре без изменений.',
    problems: 'Ошибки и замечания',
    problemsShown: (shown: number, total: number) => (shown < total ? `Показаны первые ${formatInt(shown)} из ${formatInt(total)}.` : ''),
    severity: { error: 'ошибка — строка пропускается', warning: 'замечание' },
    columns: { file: 'Файл', row: 'Строка', column: 'Столбец', message: 'Сообщение', severity: 'Вид' },
    updates: 'Изменения полей (первые)',
    updateColumns: { row: 'Строка', key: 'Код / ID', name: 'Кто', field: 'Поле', old: 'Было', new: 'Станет' },
    missingList: 'Нет в файле (первые)',
    missingColumns: { key: 'Код / ID', name: 'Кто', org: 'Организация' },
    ignored: (columns: string[]) => `Не загружаются столбцы: ${columns.map((c) => `«${c}»`).join(', ')}.`,
    reasons: 'Пропускаются строки',
    commit: 'Загрузить',
    // «пропустив» governs the accusative: 1 строку, 2 строки, 5 строк.
    commitWithErrors: (n: number) => `Загрузить, пропустив ${agree(n, ['строку', 'строки', 'строк'])} с ошибками`,
    back: 'Назад',
    cancel: 'Отменить импорт',
  },
  running: {
    title: 'Загрузка…',
    label: 'Ход загрузки',
    cancel: 'Отмена',
    cancelling: 'Отмена…',
  },
  summary: {
    title: 'Загрузка завершена',
    counts: (added: number, updated: number, unchanged: number, skipped: number) =>
      `Добавлено: ${formatInt(added)}; обновлено: ${formatInt(updated)}; без изменений: ${formatInt(unchanged)}; пропущено: ${formatInt(skipped)}.`,
    removed: (n: number) => `Снято с учёта как «нет в выгрузке»: ${formatInt(n)}.`,
    restored: (n: number) => `Снова на учёте (вернулись в выгрузку): ${formatInt(n)}.`,
    speed: (seconds: number, perSecond: number) =>
      `Время: ${seconds.toFixed(1).replace('.', ',')} с (${formatInt(perSecond)} строк в секунду).`,
    asOf: (date: string) => `Срез данных на ${date} сохранён.`,
    backup: (path: string) => `Копия файла реестра до загрузки: ${path}`,
    again: 'Загрузить ещё файл',
  },
  export: {
    intro: 'Выгрузка списков в Excel или CSV. Столбцы — как в шаблонах импорта, поэтому выгруженный список можно загрузить обратно.',
    what: 'Что выгрузить',
    whats: {
      members: 'Члены Профсоюза',
      orgs: 'Организации',
      changes: 'Изменения после последней загрузки (для внесения в АИС)',
    },
    org: 'Код организации (пусто — весь реестр)',
    withRemoved: 'Включая снятых с учёта',
    save: 'Сохранить…',
    saveTo: 'Сохранить',
    unknownOrg: (code: string) => `Организации с кодом «${code}» в реестре нет.`,
    done: (rows: number, path: string) => `Записано строк: ${formatInt(rows)} — ${path}`,
    defaultNames: { members: 'Члены Профсоюза', orgs: 'Организации', changes: 'Изменения для АИС' },
    progress: 'Выгрузка…',
  },
  templates: {
    intro:
      'Шаблоны — книги Excel с точно теми столбцами, которые понимает импорт. Заполните шаблон (по строке на организацию или члена Профсоюза) и загрузите его на вкладке «Импорт».',
    save: 'Сохранить шаблон…',
    saved: (path: string) => `Шаблон сохранён: ${path}`,
    names: { orgs: 'Шаблон импорта — организации', members: 'Шаблон импорта — члены Профсоюза', stats: 'Шаблон импорта — показатели статотчета' } satisfies Record<ImportKindId, string>,
  },
} as const;
