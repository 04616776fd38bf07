import { useCallback, useEffect, useState } from 'react';
import type { ActionResult, UndoState } from '../../../../shared/api/methods/edit';
import { ApiError, send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { Splitter } from '../../components/Splitter';
import { useMembersDrillDown, showMembers } from './drillDown';
import { MembersPanel } from './MembersPanel';
import { OrgPassport } from './orgs/OrgPassport';
import { OrgTree } from './OrgTree';
import { indexOrgTree, initialSelection, type OrgTreeIndex } from './orgTreeModel';
import { REGISTRY_TEXT } from './strings';
import './registry.css';

const TREE_WIDTH = { initial: 560, min: 260, max: 1400 };
const NO_UNDO: UndoState = { undo: null, redo: null };

/** True when the key press belongs to a text field or an open editor, not to the page. */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable="true"], .ag-cell-inline-editing, .ag-popup');
}

/**
 * «Реестр»: the organization tree on the left, the selected subtree's members on the right.
 * `typedPaths`: browser mode, where paths are typed instead of chosen in a dialog.
 */
export function RegistryPage({ typedPaths }: { typedPaths: boolean }) {
  const report = useReportError();
  const drill = useMembersDrillDown();
  const [index, setIndex] = useState<OrgTreeIndex | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [treeWidth, setTreeWidth] = useState(TREE_WIDTH.initial);
  const [undo, setUndo] = useState<UndoState>(NO_UNDO);
  const [membersVersion, setMembersVersion] = useState(0);
  const [passportOpen, setPassportOpen] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  /** Reads the tree again (after edits); the first read also chooses the region. */
  const loadTree = useCallback(
    (first: boolean) =>
      send('orgs.grid', {}).then(
        (rows) => {
          const next = indexOrgTree(rows);
          setIndex(next);
          if (first) setSelectedId(initialSelection(next));
          else setSelectedId((id) => (id !== null && next.byId.has(id) ? id : initialSelection(next)));
        },
        (error: unknown) => report(error),
      ),
    [report],
  );

  useEffect(() => {
    void loadTree(true);
    send('edit.state', {}).then(setUndo, report);
  }, [loadTree, report]);

  const onAction = useCallback(
    (result: ActionResult, treeChanged: boolean) => {
      setUndo(result.undo);
      if (treeChanged) void loadTree(false);
    },
    [loadTree],
  );

  const step = useCallback(
    (which: 'edit.undo' | 'edit.redo') => {
      send(which, {}).then(
        (result) => {
          setUndo(result.undo);
          const M = REGISTRY_TEXT.members;
          setMessage({ text: which === 'edit.undo' ? M.undone(result.action.label) : M.redone(result.action.label), error: false });
          void loadTree(false);
          setMembersVersion((v) => v + 1);
        },
        (error: unknown) => {
          if (error instanceof ApiError) setMessage({ text: error.message, error: true });
          else report(error);
          send('edit.state', {}).then(setUndo, report);
        },
      );
    },
    [loadTree, report],
  );

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) anywhere on the page except while typing in a field.
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || typingIn(event.target)) return;
    if (event.code === 'KeyZ' && !event.shiftKey) {
      event.preventDefault();
      step('edit.undo');
    } else if (event.code === 'KeyY' || (event.code === 'KeyZ' && event.shiftKey)) {
      event.preventDefault();
      step('edit.redo');
    }
  };

  if (!index) return <div className="registry-page__loading">{REGISTRY_TEXT.treeLoading}</div>;
  if (index.byId.size === 0) return <div className="registry-page__loading">{REGISTRY_TEXT.treeEmpty}</div>;

  const selected = selectedId === null ? null : (index.byId.get(selectedId) ?? null);
  const orgs = [...index.byId.values()];
  const orgName = (id: number) => index.byId.get(id)?.name ?? `№ ${id}`;
  return (
    <div className="registry-page" onKeyDown={onKeyDown}>
      <div className="registry-page__tree" style={{ width: treeWidth }}>
        <OrgTree
          index={index}
          selectedId={selectedId}
          onSelect={(id) => {
            setSelectedId(id);
            if (drill) showMembers(null);
          }}
          onAction={(result, select) => {
            onAction(result, true);
            setMembersVersion((v) => v + 1);
            if (select !== undefined) setSelectedId(select);
          }}
          passportOpen={passportOpen}
          onTogglePassport={() => setPassportOpen((open) => !open)}
        />
      </div>
      <Splitter
        value={treeWidth}
        min={TREE_WIDTH.min}
        max={TREE_WIDTH.max}
        label={REGISTRY_TEXT.splitterLabel}
        onChange={setTreeWidth}
      />
      {passportOpen && selected && (
        <OrgPassport
          org={selected}
          orgName={orgName}
          report={report}
          onClose={() => setPassportOpen(false)}
          onSaved={(result) => onAction(result, true)}
        />
      )}
      <div className="registry-page__members">
        {message && (
          <div className={'registry-page__message' + (message.error ? ' registry-page__message--error' : '')} role={message.error ? 'alert' : 'status'}>
            {message.text}
            <button type="button" aria-label={REGISTRY_TEXT.dialog.close} onClick={() => setMessage(null)}>
              ×
            </button>
          </div>
        )}
        <MembersPanel
          org={selected}
          orgs={orgs}
          version={membersVersion}
          undo={undo}
          onUndo={() => step('edit.undo')}
          onRedo={() => step('edit.redo')}
          onAction={onAction}
          drill={drill}
          onClearDrill={() => showMembers(null)}
          typedPaths={typedPaths}
        />
      </div>
    </div>
  );
}
