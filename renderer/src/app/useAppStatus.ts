import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppStatus } from '../../../shared/api/contract';
import type { RegistryInfo } from '../../../shared/domain/types';
import { send } from '../api';
import type { ReportError } from './errorReporting';

export interface AppStatusState {
  status: AppStatus | null;
  /** The last attempt to read the status failed (the page offers «Повторить»). */
  failed: boolean;
  /** Grows on every successful read: pages keyed by it start afresh on a new or re-read file. */
  version: number;
  reload: () => void;
  /** Takes fresh figures of the same file (after an edit or import) without restarting pages. */
  updateInfo: (info: RegistryInfo) => void;
}

/** Reads `app.status` at start and whenever the file may have changed. */
export function useAppStatus(report: ReportError): AppStatusState {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  // Only the latest read may win when several overlap (e.g. an event right after an open).
  const latest = useRef(0);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    send('app.status', {}).then(
      (next) => {
        if (ticket !== latest.current) return;
        setStatus(next);
        setFailed(false);
        setVersion((v) => v + 1);
      },
      (error: unknown) => {
        if (ticket !== latest.current) return;
        setFailed(true);
        report(error);
      },
    );
  }, [report]);

  useEffect(() => {
    reload();
  }, [reload]);

  const updateInfo = useCallback((info: RegistryInfo) => {
    setStatus((current) => (current?.info && current.info.path === info.path ? { ...current, info } : current));
  }, []);

  return { status, failed, version, reload, updateInfo };
}
