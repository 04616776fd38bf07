import { useCallback, useState, type ReactNode } from 'react';
import type { MenuCommand } from '../../../shared/api/events';
import { ApiError, isCancelled } from '../api';
import { PlaceholderPage } from '../pages/placeholders/PlaceholderPage';
import { RegistryPage } from '../pages/registry/RegistryPage';
import { StartScreen } from '../pages/start/StartScreen';
import { FileTasks } from './files/FileTasks';
import { useFileActions } from './files/useFileActions';
import { ErrorReportContext, type ReportError } from './errorReporting';
import { MessageBar } from './MessageBar';
import { Navigation } from './Navigation';
import { MENU_COMMAND_PAGES, type PageId } from './pages';
import { StatusBar } from './StatusBar';
import { APP_TEXT } from './strings';
import { useAppStatus } from './useAppStatus';
import { useDocumentTitle } from './useDocumentTitle';
import { useHostEvents } from './useHostEvents';
import './app.css';

/** The window: sections on the left, the page, the status bar; the start screen without a file. */
export function App() {
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState<PageId>('registry');

  const report = useCallback<ReportError>((err) => {
    if (isCancelled(err)) return;
    if (err instanceof ApiError) setError(err.message);
    else {
      // A bug in the page, not a refusal from the engine: keep the details for the developer.
      console.error(err);
      setError(APP_TEXT.unexpected);
    }
  }, []);

  const { status, failed, version, reload } = useAppStatus(report);

  // Any (re)opened file starts on the registry page with fresh data.
  const onFileChanged = useCallback(() => {
    setError(null);
    setPage('registry');
    reload();
  }, [reload]);

  const files = useFileActions({
    typedPaths: status?.mode === 'browser',
    report,
    onChanged: onFileChanged,
  });

  // The desktop menu's commands run here, exactly like the page's own buttons.
  const onMenuCommand = (cmd: MenuCommand) => {
    switch (cmd.command) {
      case 'file.open':
        return files.chooseFile('open');
      case 'file.create':
        return files.chooseFile('create');
      case 'file.openDemo':
        return files.openDemo();
      case 'file.openRecent':
        return files.openPath('open', cmd.path);
      case 'file.close':
        return files.close();
      default:
        if (cmd.command in MENU_COMMAND_PAGES) setPage(MENU_COMMAND_PAGES[cmd.command]);
    }
  };

  useHostEvents({ onRegistryChanged: onFileChanged, onMenuCommand });

  const info = status?.info ?? null;
  useDocumentTitle(info?.fileName ?? null);

  let content: ReactNode;
  if (!status) {
    content = failed ? (
      <div className="app-page__notice">
        <p>{APP_TEXT.statusFailed}</p>
        <button type="button" onClick={reload}>
          {APP_TEXT.retry}
        </button>
      </div>
    ) : (
      <div className="app-page__notice">{APP_TEXT.loading}</div>
    );
  } else if (!info) {
    content = <StartScreen status={status} actions={files} tasks={<FileTasks actions={files} />} />;
  } else {
    content = (
      <>
        {/* Kept mounted while other sections are shown, so the tree keeps its state. */}
        <div className="app-page__fill" hidden={page !== 'registry'}>
          <RegistryPage key={version} />
        </div>
        {page !== 'registry' && <PlaceholderPage section={page} />}
        {/* A file operation started from the menu while a file is open. */}
        <div className="app-overlay" hidden={!files.job.running && !files.pathMode}>
          <FileTasks actions={files} />
        </div>
      </>
    );
  }

  return (
    <ErrorReportContext.Provider value={report}>
      <div className="app">
        <Navigation current={page} enabled={info !== null} onSelect={setPage} />
        <main className="app-main">
          {error && <MessageBar message={error} onClose={() => setError(null)} />}
          <div className="app-page">{content}</div>
        </main>
        <StatusBar info={info} />
      </div>
    </ErrorReportContext.Provider>
  );
}
