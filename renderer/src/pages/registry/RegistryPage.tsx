import { useEffect, useState } from 'react';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { Splitter } from '../../components/Splitter';
import { MembersPanel } from './MembersPanel';
import { OrgTree } from './OrgTree';
import { indexOrgTree, initialSelection, type OrgTreeIndex } from './orgTreeModel';
import { REGISTRY_TEXT } from './strings';
import './registry.css';

const TREE_WIDTH = { initial: 440, min: 260, max: 900 };

/** «Реестр»: the organization tree on the left, the selected subtree's members on the right. */
export function RegistryPage() {
  const report = useReportError();
  const [index, setIndex] = useState<OrgTreeIndex | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [treeWidth, setTreeWidth] = useState(TREE_WIDTH.initial);

  useEffect(() => {
    let current = true;
    send('orgs.tree', {}).then(
      (nodes) => {
        if (!current) return;
        const next = indexOrgTree(nodes);
        setIndex(next);
        setSelectedId(initialSelection(next));
      },
      (error: unknown) => {
        if (current) report(error);
      },
    );
    return () => {
      current = false;
    };
  }, [report]);

  if (!index) return <div className="registry-page__loading">{REGISTRY_TEXT.treeLoading}</div>;
  if (index.byId.size === 0) return <div className="registry-page__loading">{REGISTRY_TEXT.treeEmpty}</div>;

  const selected = selectedId === null ? undefined : index.byId.get(selectedId);
  return (
    <div className="registry-page">
      <div className="registry-page__tree" style={{ width: treeWidth }}>
        <OrgTree index={index} selectedId={selectedId} onSelect={setSelectedId} />
      </div>
      <Splitter
        value={treeWidth}
        min={TREE_WIDTH.min}
        max={TREE_WIDTH.max}
        label={REGISTRY_TEXT.splitterLabel}
        onChange={setTreeWidth}
      />
      <div className="registry-page__members">
        <MembersPanel
          orgId={selected ? selected.id : null}
          orgName={selected ? selected.name : REGISTRY_TEXT.wholeRegistry}
        />
      </div>
    </div>
  );
}
