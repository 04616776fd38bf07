import type { GridApi } from 'ag-grid-community';
import type { MemberRow } from '../../../../../shared/domain/types';
import { REGISTRY_TEXT } from '../strings';
import { MEMBER_COLUMNS } from './memberColumnModel';

interface Props {
  api: GridApi<MemberRow>;
  onClose: () => void;
}

const T = REGISTRY_TEXT.members;

/** «Столбцы…»: which columns the grid shows (AG Grid's columns tool panel is Enterprise). */
export function ColumnChooser({ api, onClose }: Props) {
  return (
    <div
      className="column-chooser"
      role="dialog"
      aria-label={T.columnsTitle}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="column-chooser__list">
        {MEMBER_COLUMNS.map((col) => {
          const visible = api.getColumn(col.colId)?.isVisible() ?? false;
          return (
            <label key={col.colId} className="column-chooser__item">
              <input
                type="checkbox"
                defaultChecked={visible}
                onChange={(e) => api.setColumnsVisible([col.colId], e.target.checked)}
              />
              {col.label}
            </label>
          );
        })}
      </div>
      <div className="column-chooser__foot">
        <button
          type="button"
          onClick={() => {
            api.resetColumnState();
            onClose();
          }}
        >
          {T.columnsReset}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {REGISTRY_TEXT.dialog.close}
        </button>
      </div>
    </div>
  );
}
