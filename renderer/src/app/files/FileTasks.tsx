import { PathField } from '../../components/PathField';
import { ProgressPanel } from '../../components/ProgressPanel';
import { FILE_TEXT } from './strings';
import type { FileActions } from './useFileActions';

interface Props {
  actions: FileActions;
}

/** What a file operation needs on screen: the path field (browser mode) and the progress. */
export function FileTasks({ actions }: Props) {
  const { job, pathMode } = actions;
  if (!pathMode && !job.running) return null;
  return (
    <div className="file-tasks">
      {pathMode && (
        <PathField
          key={pathMode}
          target="registry"
          submitLabel={pathMode === 'open' ? FILE_TEXT.pathSubmitOpen : FILE_TEXT.pathSubmitCreate}
          disabled={job.running}
          autoFocus
          onSubmit={(path) => actions.openPath(pathMode, path)}
          onCancel={actions.cancelPath}
        />
      )}
      {job.running && (
        <ProgressPanel
          progress={job.progress}
          defaultTitle={FILE_TEXT.progressDefault}
          label={FILE_TEXT.progressLabel}
          cancelLabel={FILE_TEXT.cancel}
          cancellingLabel={FILE_TEXT.cancelling}
          cancelling={job.cancelling}
          onCancel={job.cancel}
        />
      )}
    </div>
  );
}
