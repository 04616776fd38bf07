import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, RowSelectionOptions, SelectionChangedEvent } from 'ag-grid-community';
import type { FindingRow } from '../../../../shared/api/methods/quality';
import { localeRu } from '../../components/grid/localeRu';
import { gridTheme } from '../../components/grid/theme';
import { QUALITY_PAGE_TEXT as T } from './strings';

interface Props {
  rows: FindingRow[];
  /** Members: checkboxes for a fix of chosen records. */
  selectable: boolean;
  onSelection: (ids: number[]) => void;
}

const SELECTION: RowSelectionOptions = { mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false };

/** The records a check lists: who, organization, field, what is wrong. */
export function FindingsGrid({ rows, selectable, onSelection }: Props) {
  const columns = useMemo<ColDef<FindingRow>[]>(
    () => [
      { field: 'who', headerName: T.columns.who, flex: 2, minWidth: 200 },
      { field: 'orgName', headerName: T.columns.org, flex: 2, minWidth: 180 },
      { field: 'field', headerName: T.columns.field, flex: 1, minWidth: 120 },
      { field: 'problem', headerName: T.columns.problem, flex: 3, minWidth: 240, tooltipField: 'problem' },
    ],
    [],
  );
  return (
    <div className="findings-grid">
      <AgGridReact<FindingRow>
        theme={gridTheme}
        localeText={localeRu}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={{ sortable: true, resizable: true }}
        getRowId={(p) => `${p.data.id}:${p.data.field ?? ''}`}
        rowSelection={selectable ? SELECTION : undefined}
        onSelectionChanged={(e: SelectionChangedEvent<FindingRow>) => onSelection([...new Set(e.api.getSelectedRows().map((r) => r.id))])}
      />
    </div>
  );
}
