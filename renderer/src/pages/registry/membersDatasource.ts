import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { MemberRow } from '../../../../shared/domain/types';
import { send } from '../../api';
import { isMemberSortField, type MemberSortField } from './memberColumns';

/** The contract accepts at most five sort keys. */
const MAX_SORT_KEYS = 5;

interface Options {
  orgId: number | null;
  /** Called with `total` of every answered page (the count above the grid). */
  onTotal: (total: number) => void;
  onError: (error: unknown) => void;
}

/**
 * Feeds AG Grid's infinite row model from `members.list`: one request per block of rows, sorted
 * on the server by the grid's sort model, the total from the answer so the scrollbar is exact.
 */
export function createMembersDatasource({ orgId, onTotal, onError }: Options): IDatasource {
  return {
    getRows(params: IGetRowsParams<MemberRow>) {
      const sort: { field: MemberSortField; dir: 'asc' | 'desc' }[] = [];
      for (const item of params.sortModel) {
        if (isMemberSortField(item.colId)) sort.push({ field: item.colId, dir: item.sort });
      }
      send('members.list', {
        orgId,
        subtree: true,
        offset: params.startRow,
        limit: params.endRow - params.startRow,
        sort: sort.slice(0, MAX_SORT_KEYS),
      }).then(
        (page) => {
          onTotal(page.total);
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
