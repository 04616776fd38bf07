// AG Grid's column filter model → the engine's filter list (members.list filters). The grid
// only holds a page of rows, so every filter runs in the engine.
import type { FilterModel } from 'ag-grid-community';
import {
  DATE_FILTER_OPS,
  MEMBER_FILTER_FIELDS,
  TEXT_FILTER_OPS,
  type ColumnFilter,
  type FilterCondition,
} from '../../../../../shared/api/memberQuery';

/** The model of the members grid's own list filter (enumerations and yes/no). */
export interface SetFilterModel {
  filterType: 'set';
  values: (string | null)[];
}

interface SimpleModel {
  filterType?: string;
  type?: string;
  filter?: string | number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  values?: (string | null)[];
}

const isText = (op: string | undefined): op is (typeof TEXT_FILTER_OPS)[number] =>
  (TEXT_FILTER_OPS as readonly string[]).includes(op ?? '');
const isDateOp = (op: string | undefined): op is (typeof DATE_FILTER_OPS)[number] =>
  (DATE_FILTER_OPS as readonly string[]).includes(op ?? '');
/** AG Grid's dates come as «2020-01-31 00:00:00». */
const day = (s: string | null | undefined) => (s ? s.slice(0, 10) : null);

function condition(m: SimpleModel): FilterCondition | null {
  if (m.filterType === 'set' && Array.isArray(m.values)) return { type: 'set', values: m.values };
  if (m.filterType === 'text' && isText(m.type)) return { type: 'text', op: m.type, value: String(m.filter ?? '') };
  if (m.filterType === 'date' && isDateOp(m.type)) return { type: 'date', op: m.type, from: day(m.dateFrom), to: day(m.dateTo) };
  return null;
}

export function toColumnFilters(model: FilterModel | null | undefined): ColumnFilter[] {
  const out: ColumnFilter[] = [];
  for (const [field, raw] of Object.entries(model ?? {})) {
    if (!MEMBER_FILTER_FIELDS.includes(field)) continue;
    const m = raw as SimpleModel & { operator?: 'AND' | 'OR'; conditions?: SimpleModel[] };
    const parts = (m.conditions ?? [m]).map((c) => condition({ filterType: m.filterType, ...c }));
    const conditions = parts.filter((c): c is FilterCondition => c !== null).slice(0, 2);
    if (conditions.length > 0) out.push({ field, join: m.operator === 'OR' ? 'or' : 'and', conditions });
  }
  return out;
}
