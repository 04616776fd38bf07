import { useCallback, useRef, useState } from 'react';
import type { ApiEvents } from '../../../../shared/api/events';
import type { SendOptions } from '../../api';

export interface Job {
  running: boolean;
  cancelling: boolean;
  progress: ApiEvents['job.progress'] | null;
  /** Runs one long call with progress and cancel wired in; one at a time. */
  run: <T>(task: (options: SendOptions) => Promise<T>) => Promise<T>;
  cancel: () => void;
}

export function useJob(): Job {
  const [running, setRunning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [progress, setProgress] = useState<ApiEvents['job.progress'] | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async <T,>(task: (options: SendOptions) => Promise<T>): Promise<T> => {
    const own = new AbortController();
    controller.current = own;
    setRunning(true);
    setCancelling(false);
    setProgress(null);
    try {
      return await task({ signal: own.signal, onProgress: setProgress });
    } finally {
      if (controller.current === own) {
        controller.current = null;
        setRunning(false);
        setCancelling(false);
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    setCancelling(true);
  }, []);

  return { running, cancelling, progress, run, cancel };
}
