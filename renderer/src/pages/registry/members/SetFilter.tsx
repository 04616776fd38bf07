import type { CustomFilterProps } from 'ag-grid-react';
import { useGridFilter } from 'ag-grid-react';
import { EDIT_TEXT } from '../../../../../shared/edit/strings';
import type { SetFilterModel } from './filterModel';
import { REGISTRY_TEXT } from '../strings';
import { MEMBER_COLUMN_BY_ID } from './memberColumnModel';


/** A list filter for enumerations and yes/no (AG Grid's set filter is Enterprise). */
export function SetFilter({ model, onModelChange, column }: CustomFilterProps<unknown, unknown, SetFilterModel>) {
  // The engine filters; the grid never asks this component about a row.
  useGridFilter({ doesFilterPass: () => true });
  const spec = MEMBER_COLUMN_BY_ID.get(column.getColId())?.spec;
  const options: [string | null, string][] =
    spec?.kind === 'bool'
      ? [['1', EDIT_TEXT.yes], ['0', EDIT_TEXT.no]]
      : [...Object.entries(spec?.options ?? {}), ...(spec?.blank === null ? [[null, REGISTRY_TEXT.dialog.blankValue] as [null, string]] : [])];
  const all = options.map(([key]) => key);
  const chosen = new Set(model?.values ?? all);
  const toggle = (key: string | null, on: boolean) => {
    const next = all.filter((k) => (k === key ? on : chosen.has(k)));
    onModelChange(next.length === all.length ? null : { filterType: 'set', values: next });
  };
  return (
    <div className="set-filter">
      {options.map(([key, label]) => (
        <label key={String(key)} className="set-filter__item">
          <input type="checkbox" checked={chosen.has(key)} onChange={(e) => toggle(key, e.target.checked)} />
          {label}
        </label>
      ))}
    </div>
  );
}
