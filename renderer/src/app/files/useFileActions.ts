import { useCallback, useState } from 'react';
import type { RegistryInfo } from '../../../../shared/domain/types';
import { send, type SendOptions } from '../../api';
import type { ReportError } from '../errorReporting';
import { useJob, type Job } from './useJob';

export type FileMode = 'open' | 'create';

export interface FileActions {
  job: Job;
  /** Browser mode only: the kind of file whose path the user is typing, if any. */
  pathMode: FileMode | null;
  openDemo: () => void;
  /** Desktop: the host's native dialog. Browser (no dialogs): asks for the full path. */
  chooseFile: (mode: FileMode) => void;
  openPath: (mode: FileMode, path: string) => void;
  cancelPath: () => void;
  close: () => void;
}

interface Options {
  /** The page asks for a typed path instead of a dialog (browser mode). */
  typedPaths: boolean;
  report: ReportError;
  /** The open file changed: re-read the status. */
  onChanged: () => void;
}

/**
 * Opening, creating and closing files, shared by the start screen's buttons and the host menu's
 * commands so both show the same progress, cancel and errors. One operation at a time.
 */
export function useFileActions({ typedPaths, report, onChanged }: Options): FileActions {
  const job = useJob();
  const [pathMode, setPathMode] = useState<FileMode | null>(null);
  const { run, running } = job;

  const start = useCallback(
    (task: (options: SendOptions) => Promise<RegistryInfo | null>) => {
      if (running) return;
      run(task).then((info) => {
        // null: the user closed the file dialog without choosing a file.
        if (info === null) return;
        setPathMode(null);
        onChanged();
      }, report);
    },
    [run, running, report, onChanged],
  );

  const openDemo = useCallback(() => {
    start((options) => send('registry.openDemo', {}, options));
  }, [start]);

  const chooseFile = useCallback(
    (mode: FileMode) => {
      if (typedPaths) setPathMode(mode);
      else start((options) => send('host.fileDialog', { mode }, options));
    },
    [typedPaths, start],
  );

  const openPath = useCallback(
    (mode: FileMode, path: string) => {
      start((options) =>
        mode === 'open'
          ? send('registry.open', { path }, options)
          : send('registry.create', { path }, options),
      );
    },
    [start],
  );

  const cancelPath = useCallback(() => setPathMode(null), []);

  const close = useCallback(() => {
    if (running) return;
    send('registry.close', {}).then(onChanged, report);
  }, [running, onChanged, report]);

  return { job, pathMode, openDemo, chooseFile, openPath, cancelPath, close };
}
