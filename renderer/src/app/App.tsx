import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { MenuCommand } from '../../../shared/api/events';
import { ApiError, isCancelled } from '../api';
import { AnalysisPage } from '../pages/analysis/AnalysisPage';
import { DocumentsPage } from '../pages/documents/DocumentsPage';
import { ExchangePage, EXCHANGE_TAB_OF, type ExchangeTab } from '../pages/import/ExchangePage';
import { QualityPage } from '../pages/quality/QualityPage';
import { RegistryPage } from '../pages/registry/RegistryPage';
import { onMembersDrillDown } from '../pages/registry/drillDown';
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
  const [exchangeTab, setExchangeTab] = useState<ExchangeTab>('import');
  // Another page opening the members grid with a filter (a check's drill-down) shows the registry.
  useEffect(() => onMembersDrillDown((drill) => drill && setPage('registry')), []);

  const report = useCallback<ReportError>((err) => {
    if (isCancelled(err)) return;
    if (err instanceof ApiError) setError(err.message);
    else {
      // A bug in the page, not a refusal from the engine: keep the details for the developer.
      console.error(err);
      setError(APP_TEXT.unexpected);
    }
  }, []);

  const { status, failed, version, reload, updateInfo } = useAppStatus(report);

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
      case 'file.import':
      case 'file.export':
      case 'file.templates':
        setExchangeTab(EXCHANGE_TAB_OF[cmd.command]);
        return setPage('exchange');
      default:
        if (cmd.command in MENU_COMMAND_PAGES) setPage(MENU_COMMAND_PAGES[cmd.command]);
    }
  };

  useHostEvents({ onRegistryChanged: onFileChanged, onRegistryUpdated: ({ info }) => updateInfo(info), onMenuCommand });

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
          <RegistryPage key={version} typedPaths={status.mode === 'browser'} />
        </div>
        {page === 'quality' && (
          <div className="app-page__fill">
            <QualityPage key={version} />
          </div>
        )}
        {page === 'analysis' && (
          <div className="app-page__fill">
            <AnalysisPage key={version} />
          </div>
        )}
        {page === 'documents' && (
          <div className="app-page__fill">
            <DocumentsPage key={version} />
          </div>
        )}
        {/* Not keyed by version: a finished import re-reads the status and keeps its summary. */}
        {page === 'exchange' && (
          <div className="app-page__fill">
            <ExchangePage tab={exchangeTab} onTab={setExchangeTab} typedPaths={status.mode === 'browser'} onDataChanged={reload} />
          </div>
        )}
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
