/** A benchmark: a script printing one JSON line of figures, and the targets it must meet. */
export interface BenchCase {
  id: string;
  title: string;
  script: string;
  args?: string[];
  targets: { label: string; figure: string; max: number; unit: string; digits?: number }[];
  /** Runs of the case, each in a fresh process (1 when absent): the middle run is reported. */
  runs?: number;
  /** Figures reported without a target (shown with «—» as the limit). */
  notes?: { label: string; figure: string; unit: string; digits?: number }[];
}

/** The indicators cases also report processor time and machine load (the machine is shared). */
const INDICATOR_NOTES: BenchCase['notes'] = [
  { label: 'процессорное время расчёта', figure: 'cpuSeconds', unit: 'с' },
  { label: 'средняя загрузка машины за минуту во время замера', figure: 'loadAverage1m', unit: '', digits: 1 },
];

// Each feature registers its cases here (one entry per case).
export const BENCH_CASES: BenchCase[] = [
  {
    id: 'demo',
    title: 'Демонстрационный регион, 200 000 членов Профсоюза',
    script: 'tests/bench/cases/demo.ts',
    args: ['200000'],
    targets: [
      { label: 'время', figure: 'seconds', max: 10, unit: 'с' },
      { label: 'пиковая память', figure: 'peakMb', max: 500, unit: 'МБ', digits: 0 },
    ],
  },
  {
    id: 'indicators',
    title: 'Все показатели, 200 000 членов Профсоюза (~5 000 организаций)',
    script: 'tests/bench/cases/indicators.ts',
    args: ['200000'],
    targets: [{ label: 'время', figure: 'seconds', max: 0.3, unit: 'с' }],
    notes: INDICATOR_NOTES,
  },
  {
    id: 'indicators-union',
    title: 'Все показатели, файл всего Профсоюза: 3 800 000 членов Профсоюза, 73 134 организации',
    script: 'tests/bench/cases/indicators.ts',
    args: ['3800000', 'union'],
    targets: [{ label: 'время', figure: 'seconds', max: 6, unit: 'с' }],
    notes: INDICATOR_NOTES,
  },
  {
    id: 'resolution',
    title: 'Постановление с приложением (DOCX), 200 000 членов Профсоюза',
    script: 'tests/bench/cases/resolution.ts',
    args: ['200000'],
    targets: [{ label: 'время', figure: 'seconds', max: 1.5, unit: 'с' }],
  },
  {
    id: 'quality-checks',
    title: 'Все проверки качества данных (с дубликатами), 200 000 членов Профсоюза',
    script: 'tests/bench/cases/quality-checks.ts',
    args: ['200000'],
    targets: [{ label: 'время', figure: 'seconds', max: 1.5, unit: 'с' }],
  },
  {
    id: 'quality-letters',
    title: '500 писем-рекомендаций (DOCX и XLSX), 200 000 членов Профсоюза',
    script: 'tests/bench/cases/quality-letters.ts',
    args: ['200000', '500'],
    targets: [
      { label: 'одним файлом', figure: 'singleSeconds', max: 10, unit: 'с' },
      { label: 'по файлу на организацию', figure: 'perOrgSeconds', max: 10, unit: 'с' },
    ],
  },
  {
    id: 'quality-list',
    title: 'Список членов Профсоюза организации на 5 000 человек (DOCX)',
    script: 'tests/bench/cases/quality-list.ts',
    args: ['200000', '5000'],
    targets: [{ label: 'время', figure: 'seconds', max: 3, unit: 'с' }],
  },
  {
    id: 'import-csv',
    title: 'Импорт 200 000 членов Профсоюза из CSV (первая загрузка, организации уже в реестре)',
    script: 'tests/bench/cases/import.ts',
    args: ['200000', 'csv'],
    runs: 3,
    targets: [
      { label: 'время от файла до записанного среза', figure: 'seconds', max: 4, unit: 'с' },
      { label: 'пиковая память', figure: 'peakMb', max: 600, unit: 'МБ', digits: 0 },
    ],
    notes: [
      { label: 'нижняя граница: sqlite3 .import того же CSV в простую таблицу', figure: 'floorSeconds', unit: 'с' },
      { label: 'наше время / нижняя граница', figure: 'ratio', unit: '×', digits: 1 },
    ],
  },
  {
    id: 'import-xlsx',
    title: 'Импорт 200 000 членов Профсоюза из XLSX (первая загрузка, организации уже в реестре)',
    script: 'tests/bench/cases/import.ts',
    args: ['200000', 'xlsx'],
    runs: 3,
    targets: [
      { label: 'время от файла до записанного среза', figure: 'seconds', max: 12, unit: 'с' },
      { label: 'пиковая память', figure: 'peakMb', max: 600, unit: 'МБ', digits: 0 },
    ],
    notes: [{ label: 'нижняя граница: sqlite3 .import того же CSV', figure: 'floorSeconds', unit: 'с' }],
  },
  {
    id: 'editing',
    title: 'Таблицы реестра в браузере (Chromium): 200 000 карточек, 5 000 организаций',
    script: 'tests/bench/cases/editing.ts',
    args: ['200000'],
    targets: [
      { label: 'первые строки после выбора организации', figure: 'firstRowsSeconds', max: 2, unit: 'с' },
      { label: 'быстрый поиск: нажатие клавиши (худшее)', figure: 'searchKeystrokeMaxMs', max: 300, unit: 'мс', digits: 0 },
      { label: 'вставка 1 000 строк × 5 столбцов', figure: 'pasteSeconds', max: 1.5, unit: 'с' },
      { label: 'прокрутка до конца: самая долгая задача', figure: 'scrollLongestTaskMs', max: 100, unit: 'мс', digits: 0 },
      { label: 'развернуть всё дерево', figure: 'treeExpandSeconds', max: 1, unit: 'с' },
    ],
    notes: [
      { label: 'быстрый поиск: нажатие клавиши (медиана)', figure: 'searchKeystrokeMedianMs', unit: 'мс', digits: 0 },
      { label: 'прокрутка: задач длиннее 100 мс', figure: 'scrollLongTasksOver100', unit: 'шт.', digits: 0 },
      { label: 'средняя загрузка машины за минуту во время замера', figure: 'loadAverage1m', unit: '', digits: 1 },
    ],
  },
];
