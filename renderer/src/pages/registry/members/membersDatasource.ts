import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { MemberQueryIn } from '../../../../../shared/api/memberQuery';
import type { MemberRow } from '../../../../../shared/domain/types';
import { send } from '../../../api';
import { toColumnFilters } from './filterModel';

/** The contract accepts at most five sort keys. */
const MAX_SORT_KEYS = 5;

export type MemberSort = { field: string; dir: 'asc' | 'desc' }[];

/** The query and order the grid shows now: bulk actions ask the engine for the same rows. */
export interface ShownQuery {
  query: MemberQueryIn;
  sort: MemberSort;
}

interface Options {
  /** The page's part of the query: subtree, search, preset, outside ids, removed switch. */
  base: MemberQueryIn;
  onPage: (total: number, unfiltered: number) => void;
  onError: (error: unknown) => void;
}

export interface MembersDatasource extends IDatasource {
  /** What the last request asked for. */
  shown: () => ShownQuery;
}

/**
 * Feeds AG Grid's infinite row model from `members.list`: one request per block of rows, with
 * the grid's column filters and multi-column sort run by the engine, the total from the answer
 * so the scrollbar is exact.
 */
export function createMembersDatasource({ base, onPage, onError }: Options): MembersDatasource {
  let shown: ShownQuery = { query: base, sort: [] };
  return {
    shown: () => shown,
    getRows(params: IGetRowsParams<MemberRow>) {
      const sort = params.sortModel.map((s) => ({ field: s.colId, dir: s.sort })).slice(0, MAX_SORT_KEYS);
      shown = { query: { ...base, filters: toColumnFilters(params.filterModel) }, sort };
      send('members.list', { ...shown.query, sort, offset: params.startRow, limit: params.endRow - params.startRow }).then(
        (page) => {
          onPage(page.total, page.unfiltered);
          params.successCallback(page.rows, page.total);
        },
        (error: unknown) => {
          params.failCallback();
          onError(error);
        },
      );
    },
  };
}
