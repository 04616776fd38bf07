import { useCallback, useState } from 'react';
import type { ImportInspection, ImportKindId, ImportReport, ImportSummary } from '../../../../shared/api/methods/import';
import { ApiError, isCancelled, send } from '../../api';
import { useReportError } from '../../app/errorReporting';
import { useJob, type Job } from '../../app/files/useJob';

export type WizardStep = 'choose' | 'setup' | 'preview' | 'done';

export interface ImportWizard {
  step: WizardStep;
  job: Job;
  /** Reading the file's top (inspect): short, without a progress bar. */
  reading: boolean;
  /** The last refusal, shown next to the step (missing columns, unreadable file …). */
  error: string | null;
  inspection: ImportInspection | null;
  kind: ImportKindId;
  mapping: Record<string, string | null>;
  asOf: string;
  report: ImportReport | null;
  removeMissing: boolean;
  summary: ImportSummary | null;
  open: (path: string) => void;
  setSheet: (sheet: string) => void;
  setKind: (kind: ImportKindId) => void;
  setField: (header: string, field: string | null) => void;
  setAsOf: (date: string) => void;
  setRemoveMissing: (on: boolean) => void;
  preview: () => void;
  commit: () => void;
  back: () => void;
  reset: () => void;
}

/**
 * The import wizard's state: file → kind, sheet and mapping → preview → commit → summary.
 * Nothing is written before commit; the commit is refused if the file changed since the preview.
 */
export function useImportWizard(onDataChanged: () => void): ImportWizard {
  const report = useReportError();
  const job = useJob();
  const [step, setStep] = useState<WizardStep>('choose');
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [kind, setKindState] = useState<ImportKindId>('members');
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [asOf, setAsOf] = useState('');
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [removeMissing, setRemoveMissing] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  const fail = useCallback(
    (err: unknown) => {
      if (isCancelled(err)) return;
      if (err instanceof ApiError) setError(err.message);
      else report(err);
    },
    [report],
  );

  const inspect = useCallback(
    (path: string, sheet: string | null, chosenKind: ImportKindId | null) => {
      setReading(true);
      setError(null);
      send('import.inspect', { path, sheet, kind: chosenKind })
        .then((i) => {
          setInspection(i);
          setKindState(i.kind);
          setMapping(i.mapping);
          setAsOf((current) => (chosenKind === null || current === '' ? i.asOf : current));
          setError(i.problem);
          setStep('setup');
        }, fail)
        .finally(() => setReading(false));
    },
    [fail],
  );

  const args = () => ({ path: inspection!.path, sheet: inspection!.sheet, kind, mapping, asOf: asOf || null });

  return {
    step,
    job,
    reading,
    error,
    inspection,
    kind,
    mapping,
    asOf,
    report: preview,
    removeMissing,
    summary,
    open: (path) => inspect(path, null, null),
    setSheet: (sheet) => inspection && inspect(inspection.path, sheet, kind),
    setKind: (next) => inspection && inspect(inspection.path, inspection.sheet, next),
    setField: (header, field) => setMapping((m) => ({ ...m, [header]: field })),
    setAsOf,
    setRemoveMissing,
    preview: () => {
      if (!inspection || job.running) return;
      setError(null);
      job.run((options) => send('import.preview', args(), options)).then((r) => {
        setPreview(r);
        setRemoveMissing(false);
        setStep('preview');
      }, fail);
    },
    commit: () => {
      if (!inspection || !preview || job.running) return;
      setError(null);
      job
        .run((options) => send('import.commit', { ...args(), removeMissing, fingerprint: preview.fingerprint }, options))
        .then((s) => {
          setSummary(s);
          setStep('done');
          onDataChanged();
        }, fail);
    },
    back: () => {
      setError(null);
      setStep('setup');
    },
    reset: () => {
      setError(null);
      setInspection(null);
      setPreview(null);
      setSummary(null);
      setAsOf('');
      setStep('choose');
    },
  };
}
