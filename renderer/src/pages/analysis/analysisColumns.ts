import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { formatChange, formatIndicator } from '../../../../shared/domain/indicator-format';
import {
  BAND_LABELS,
  INDICATOR_KEYS,
  INDICATOR_LABELS,
  TIER_LABELS,
  isPercentKey,
  type IndicatorKey,
  type IndicatorRow,
} from '../../../../shared/domain/indicators';
import { ANALYSIS_TEXT } from './strings';

const T = ANALYSIS_TEXT.columns;
/** Indicators whose change is shown when a snapshot is compared. */
const CHANGED: readonly IndicatorKey[] = ['registered', 'coverage', 'cardsProduced', 'cardsIssued', 'profcards', 'pdConsent', 'joinedOnline'];

function indicatorColumn(key: IndicatorKey): ColDef<IndicatorRow> {
  return {
    colId: key,
    headerName: INDICATOR_LABELS[key],
    valueGetter: (p) => p.data?.values[key] ?? null,
    valueFormatter: (p: ValueFormatterParams<IndicatorRow, number | null>) => formatIndicator(key, p.value ?? null),
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    width: isPercentKey(key) ? 120 : 130,
    wrapHeaderText: true,
    autoHeaderHeight: true,
  };
}

function changeColumn(key: IndicatorKey): ColDef<IndicatorRow> {
  return {
    colId: `change.${key}`,
    headerName: T.change(INDICATOR_LABELS[key]),
    valueGetter: (p) => p.data?.change?.[key]?.delta ?? null,
    valueFormatter: (p) => (p.data?.change ? formatChange(key, p.data.change[key]) : ''),
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    width: 150,
    wrapHeaderText: true,
    autoHeaderHeight: true,
  };
}

/** Code, name, tier and band, every indicator, and the changes when a snapshot is compared. */
export function analysisColumns(compared: boolean): ColDef<IndicatorRow>[] {
  return [
    { colId: 'code', headerName: T.code, field: 'code', width: 100, pinned: 'left', filter: 'agTextColumnFilter' },
    {
      colId: 'name',
      headerName: T.name,
      valueGetter: (p) => p.data?.shortName ?? p.data?.name ?? '',
      width: 320,
      pinned: 'left',
      filter: 'agTextColumnFilter',
    },
    { colId: 'parentCode', headerName: T.parentCode, field: 'parentCode', width: 110, filter: 'agTextColumnFilter', hide: true },
    {
      colId: 'tier',
      headerName: T.tier,
      valueGetter: (p) => (p.data && p.data.id !== -1 ? TIER_LABELS[p.data.tier] : ''),
      width: 230,
      filter: 'agTextColumnFilter',
      cellClass: (p) => (p.data && p.data.id !== -1 ? `tier-cell tier-cell--${p.data.tier}` : ''),
    },
    { colId: 'band', headerName: T.band, valueGetter: (p) => (p.data?.band ? BAND_LABELS[p.data.band] : ''), width: 100, filter: 'agTextColumnFilter' },
    ...INDICATOR_KEYS.map(indicatorColumn),
    ...(compared ? CHANGED.map(changeColumn) : []),
  ];
}
