import { useId, type ReactNode } from 'react';
import type { AppStatus } from '../../../../shared/api/contract';
import type { FileActions } from '../../app/files/useFileActions';
import { RecentFiles } from './RecentFiles';
import { START_TEXT } from './strings';
import './start.css';

interface Props {
  status: AppStatus;
  actions: FileActions;
  /** The path field and progress of a running file operation, shown under the buttons. */
  tasks: ReactNode;
}

/** What the user sees with no file open: demo, open, create, recent files. */
export function StartScreen({ status, actions, tasks }: Props) {
  const hintIds = { demo: useId(), open: useId(), create: useId() };
  const busy = actions.job.running;
  // In browser mode the two buttons reveal the path field instead of a dialog.
  const expanded = (mode: 'open' | 'create') =>
    status.mode === 'browser' ? actions.pathMode === mode : undefined;

  return (
    <div className="start-screen" data-testid="start-screen">
      <header className="start-screen__header">
        <h1>{START_TEXT.heading}</h1>
        <p className="start-screen__subtitle">{START_TEXT.subtitle}</p>
        <p>{START_TEXT.lead}</p>
      </header>

      <div className="start-screen__actions">
        <div className="start-action">
          <button
            type="button"
            className="start-action__button primary"
            aria-describedby={hintIds.demo}
            disabled={busy}
            onClick={actions.openDemo}
          >
            {START_TEXT.openDemo}
          </button>
          <p id={hintIds.demo} className="start-action__hint">
            {START_TEXT.openDemoHint}
          </p>
        </div>
        <div className="start-action">
          <button
            type="button"
            className="start-action__button"
            aria-describedby={hintIds.open}
            aria-expanded={expanded('open')}
            disabled={busy}
            onClick={() => actions.chooseFile('open')}
          >
            {START_TEXT.openFile}
          </button>
          <p id={hintIds.open} className="start-action__hint">
            {START_TEXT.openFileHint}
          </p>
        </div>
        <div className="start-action">
          <button
            type="button"
            className="start-action__button"
            aria-describedby={hintIds.create}
            aria-expanded={expanded('create')}
            disabled={busy}
            onClick={() => actions.chooseFile('create')}
          >
            {START_TEXT.createFile}
          </button>
          <p id={hintIds.create} className="start-action__hint">
            {START_TEXT.createFileHint}
          </p>
        </div>
      </div>

      {tasks}

      <RecentFiles
        paths={status.recent}
        disabled={busy}
        onOpen={(path) => actions.openPath('open', path)}
      />
    </div>
  );
}
