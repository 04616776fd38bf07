import { useCallback } from 'react';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { OrgTreeRow } from './orgTreeModel';
import { REGISTRY_TEXT } from './strings';

/** What the tree grid's cells can call back into. */
export interface OrgTreeContext {
  toggle: (id: number) => void;
  /** Whether the organization matches the tree's search. */
  isMatch: (id: number | undefined) => boolean;
  /** The problem of a value refused in this cell, if any. */
  problemOf: (id: number | undefined, colId: string) => string | null;
}

const INDENT_PX = 16;

/** The tree's name cell: indent by depth, ▸/▾ for nodes with children, the name. */
export function OrgNameCell(props: CustomCellRendererProps<OrgTreeRow, OrgTreeRow | null, OrgTreeContext>) {
  const row = props.data;
  const toggle = props.context.toggle;
  const id = row?.node.id;

  // A native listener that stops the click at the toggle: AG Grid listens on its own body, so a
  // React handler would fire too late to keep the click from also selecting the row.
  const toggleRef = useCallback(
    (button: HTMLButtonElement | null) => {
      if (!button || id === undefined) return;
      const onClick = (event: MouseEvent) => {
        event.stopPropagation();
        toggle(id);
      };
      button.addEventListener('click', onClick);
      return () => button.removeEventListener('click', onClick);
    },
    [id, toggle],
  );

  if (!row) return null;
  const { node, depth, hasChildren, expanded } = row;
  const suffix = REGISTRY_TEXT.inactiveSuffix(node.status);
  const label = (node.shortName || node.name) + suffix;

  return (
    <span
      className={'org-cell' + (node.status === 'active' ? '' : ' org-cell--inactive')}
      style={{ paddingLeft: depth * INDENT_PX }}
      title={node.name + suffix}
    >
      {hasChildren ? (
        <button
          ref={toggleRef}
          type="button"
          className="org-cell__toggle"
          tabIndex={-1}
          aria-expanded={expanded}
          aria-label={expanded ? REGISTRY_TEXT.collapse : REGISTRY_TEXT.expand}
        >
          {expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="org-cell__spacer" aria-hidden="true" />
      )}
      <span className="org-cell__name">{label}</span>
    </span>
  );
}
