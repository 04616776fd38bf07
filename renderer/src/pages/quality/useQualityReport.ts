import { useCallback, useEffect, useState } from 'react';
import type { QualityReport } from '../../../../shared/api/methods/quality';
import { send } from '../../api';
import { useReportError } from '../../app/errorReporting';

/** The checks of the open file: run on opening the page and again on request (after a fix). */
export function useQualityReport(): { report: QualityReport | null; running: boolean; rerun: () => void } {
  const reportError = useReportError();
  const [report, setReport] = useState<QualityReport | null>(null);
  const [running, setRunning] = useState(false);
  const rerun = useCallback(() => {
    setRunning(true);
    send('quality.run', {})
      .then(setReport, reportError)
      .finally(() => setRunning(false));
  }, [reportError]);
  useEffect(rerun, [rerun]);
  return { report, running, rerun };
}
