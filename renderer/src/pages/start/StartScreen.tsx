import type { ReactNode } from 'react';
import type { AppStatus } from '../../../../shared/api/contract';
import type { FileActions } from '../../app/files/useFileActions';
import { RecentFiles } from './RecentFiles';
import { StartAction } from './StartAction';
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
        <StartAction label={START_TEXT.openDemo} hint={START_TEXT.openDemoHint} primary disabled={busy} onClick={actions.openDemo} />
        <StartAction
          label={START_TEXT.openFile}
          hint={START_TEXT.openFileHint}
          disabled={busy}
          expanded={expanded('open')}
          onClick={() => actions.chooseFile('open')}
        />
        <StartAction
          label={START_TEXT.createFile}
          hint={START_TEXT.createFileHint}
          disabled={busy}
          expanded={expanded('create')}
          onClick={() => actions.chooseFile('create')}
        />
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
