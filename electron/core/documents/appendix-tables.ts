// «Приложение: информация о ходе реализации»: numbered tables by organization of the chosen
// level, each with its «Итого» row from the whole file.
import { NO_DATA, formatIndicator } from '../../../shared/domain/indicator-format';
import { TIER_LABELS, type IndicatorKey, type IndicatorRow, type IndicatorTable } from '../../../shared/domain/indicators';
import { docName } from './names';
import type { TableColumn, TableSpec } from './table-spec';

const NUM: TableColumn = { header: '№ п/п', widthMm: 9, align: 'center' };
const org = (widthMm: number): TableColumn => ({ header: 'Организация', widthMm, align: 'left' });
const num = (header: string, widthMm = 15): TableColumn => ({ header, widthMm, align: 'right' });

const byName = (a: IndicatorRow, b: IndicatorRow): number => docName(a).localeCompare(docName(b), 'ru');
const cells = (r: IndicatorRow, keys: readonly IndicatorKey[]): string[] => keys.map((k) => formatIndicator(k, r.values[k]));

function spec(
  caption: string,
  columns: TableColumn[],
  rows: readonly IndicatorRow[],
  keys: readonly IndicatorKey[],
  total: IndicatorRow,
  emptyText = 'Организаций этого уровня в файле нет.',
): TableSpec {
  return {
    caption,
    columns,
    rows: rows.map((r, i) => [String(i + 1), docName(r), ...cells(r, keys)]),
    total: ['', 'Итого', ...cells(total, keys)],
    emptyText,
  };
}

/** Whether an organization has a gap in its data worth a line in table 5. */
function hasGap(r: IndicatorRow): boolean {
  const v = r.values;
  return (
    v.statMembers === null ||
    (v.primaryEmpty ?? 0) > 0 ||
    (v.chairMissing ?? 0) > 0 ||
    (v.chairNoTerm ?? 0) > 0 ||
    (v.chairTermExpired ?? 0) > 0 ||
    (v.chairNoEmail ?? 0) > 0
  );
}

export function appendixTables(table: IndicatorTable): TableSpec[] {
  const rows = [...table.rows].sort(byName);
  const total = table.total;
  const coverage = spec(
      'Таблица 1. Охват членов Профсоюза электронным учётом',
      [NUM, org(80), num('Членов Профсоюза по статотчёту на 1 января', 24), num('Состоят на электронном учёте', 24), num('Охват, %', 18), { header: 'Группа', widthMm: 40, align: 'left' }],
      rows,
      ['statMembers', 'registered', 'coverage'],
      total,
  );
  coverage.rows = coverage.rows.map((cellsOfRow, i) => [...cellsOfRow, TIER_LABELS[rows[i]!.tier]]);
  coverage.total = [...coverage.total!, ''];

  const gaps = rows.filter(hasGap);
  const gapKeys: IndicatorKey[] = ['primaryEmpty', 'chairMissing', 'chairNoTerm', 'chairTermExpired', 'chairNoEmail'];
  const gapTable = spec(
    'Таблица 5. Организации с пробелами в данных',
    [NUM, org(72), num('Первичных без членов на учёте'), num('Не заполнен «Председатель»'), num('Не указан срок полномочий'), num('Срок полномочий истёк'), num('Нет e-mail председателя'), { header: 'Статотчёт', widthMm: 15, align: 'center' }],
    gaps,
    gapKeys,
    total,
    'Пробелов в данных нет.',
  );
  gapTable.rows = gapTable.rows.map((c, i) => [...c, gaps[i]!.values.statMembers === null ? NO_DATA : 'есть']);
  gapTable.total = [...gapTable.total!, ''];

  return [
    coverage,
    spec(
      'Таблица 2. Электронные профсоюзные билеты (ЭПБ)',
      [NUM, org(72), num('На учёте', 15), num('Изготовлено ЭПБ', 15), num('% от состоящих на учёте', 15), num('Доставлены в регион, не выданы', 15), num('Выданы', 15), num('Отказ', 14), num('Отказ без приложения', 14)],
      rows,
      ['registered', 'cardsProduced', 'cardsProducedPct', 'cardsDelivered', 'cardsIssued', 'cardsRefused', 'refusedNoApp'],
      total,
    ),
    spec(
      'Таблица 3. PROFCARDS и согласия членов Профсоюза',
      [NUM, org(72), num('На учёте', 16), num('PROFCARDS', 16), num('%', 15), num('Согласие на обработку ПДн', 17), num('%', 15), num('Согласие на рассылки', 16), num('%', 15)],
      rows,
      ['registered', 'profcards', 'profcardsPct', 'pdConsent', 'pdConsentPct', 'mailingConsent', 'mailingConsentPct'],
      total,
    ),
    spec(
      'Таблица 4. Вступление в Профсоюз через сервис «Прием в Профсоюз»',
      [NUM, org(95), num('На учёте', 22), num('Вступили онлайн', 22), num('%', 18)],
      rows,
      ['registered', 'joinedOnline', 'joinedOnlinePct'],
      total,
    ),
    gapTable,
  ];
}
