import { useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import type { MemberRow } from '../../../../shared/domain/types';
import { formatInt } from '../../../../shared/ru';
import { useReportError } from '../../app/errorReporting';
import { localeRu } from '../../components/grid/localeRu';
import { gridTheme } from '../../components/grid/theme';
import { memberColumns } from './memberColumns';
import { createMembersDatasource } from './membersDatasource';
import { REGISTRY_TEXT } from './strings';

interface Props {
  /** The selected organization (its whole subtree is listed); null for the whole file. */
  orgId: number | null;
  orgName: string;
}

const DEFAULT_COL_DEF: ColDef<MemberRow> = { sortable: true, resizable: true };
/** Rows per request: a few screens, well under the contract's limit of 5,000. */
const BLOCK_SIZE = 200;
/** Blocks kept in memory (10,000 rows); older ones are dropped and re-read if scrolled back. */
const MAX_BLOCKS = 50;

/** The read-only members of the selected subtree, read page by page as the user scrolls. */
export function MembersPanel({ orgId, orgName }: Props) {
  const report = useReportError();
  // Keyed by orgId so a late answer for a previous selection never shows its count here.
  const [counted, setCounted] = useState<{ orgId: number | null; total: number } | null>(null);

  const datasource = useMemo(
    () =>
      createMembersDatasource({
        orgId,
        onTotal: (total) => setCounted({ orgId, total }),
        onError: report,
      }),
    [orgId, report],
  );

  const total = counted && counted.orgId === orgId ? counted.total : null;

  return (
    <div className="members-panel">
      <div className="panel-toolbar">
        <h2 className="panel-toolbar__title" title={orgName}>
          {orgName}
        </h2>
      </div>
      <p className="members-panel__count">
        {total === null
          ? REGISTRY_TEXT.membersCountLoading
          : REGISTRY_TEXT.membersCount(formatInt(total))}
      </p>
      <div
        className="grid-host"
        data-testid="members-grid"
        role="region"
        aria-label={REGISTRY_TEXT.membersGridLabel}
      >
        <AgGridReact<MemberRow>
          theme={gridTheme}
          localeText={localeRu}
          columnDefs={memberColumns}
          defaultColDef={DEFAULT_COL_DEF}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={MAX_BLOCKS}
          // Dragging the scrollbar across 200,000 rows asks only for where it stops.
          blockLoadDebounceMillis={60}
        />
      </div>
    </div>
  );
}
