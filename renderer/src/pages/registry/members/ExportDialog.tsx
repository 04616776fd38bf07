import { useState } from 'react';
import type { ExportResult } from '../../../../../shared/api/methods/export';
import { send } from '../../../api';
import { useJob } from '../../../app/files/useJob';
import { Dialog } from '../../../components/Dialog';
import { ProgressPanel } from '../../../components/ProgressPanel';
import { chooseFile } from '../../../components/saveTarget/chooseFile';
import { ExportFormatSelect, FORMAT_CHOICES, type FormatChoice } from '../../../components/saveTarget/ExportFormatSelect';
import { PathField } from '../../../components/PathField';
import { REGISTRY_TEXT } from '../strings';
import type { ShownQuery } from './membersDatasource';

interface Props {
  /** The list as the grid shows it now: subtree, quick search, preset, column filters, sort. */
  shown: ShownQuery;
  /** Rows in that list, when counted. */
  total: number | null;
  /** Browser mode has no file dialog: the path is typed. */
  typedPaths: boolean;
  onDone: (result: ExportResult) => void;
  onClose: () => void;
  report: (error: unknown) => void;
}

const T = REGISTRY_TEXT.export;

/** «Экспорт…» of the members panel: the current list, exactly as filtered and sorted, to XLSX or CSV. */
export function ExportDialog({ shown, total, typedPaths, onDone, onClose, report }: Props) {
  const job = useJob();
  const [choice, setChoice] = useState<FormatChoice>('xlsx');
  const { format, encoding } = FORMAT_CHOICES[choice];

  const run = async (path: string) => {
    const result = await job.run((options) => send('export.members', { ...shown.query, sort: shown.sort, path, format, encoding }, options));
    onDone(result);
  };
  const save = (path: string) => void run(path).catch(report);
  const choose = () => {
    chooseFile('export', format, `${T.defaultName}.${format}`)
      .then((path) => (path ? run(path) : undefined))
      .catch(report);
  };

  // Browser mode: the typed path's form brings its own buttons.
  const footer = typedPaths ? undefined : (
    <>
      <button type="button" className="primary" disabled={job.running} onClick={choose}>
        {T.save}
      </button>
      <button type="button" disabled={job.running} onClick={onClose}>
        {REGISTRY_TEXT.dialog.cancel}
      </button>
    </>
  );

  return (
    <Dialog title={T.title} closeLabel={REGISTRY_TEXT.dialog.close} onClose={job.running ? job.cancel : onClose} footer={footer}>
      <p>{total === null ? T.introUncounted : T.intro(total)}</p>
      <ExportFormatSelect value={choice} disabled={job.running} onChange={setChoice} />
      {typedPaths && <PathField key={format} submitLabel={T.saveTo} disabled={job.running} onSubmit={save} onCancel={onClose} />}
      {job.running && (
        <ProgressPanel
          progress={job.progress}
          defaultTitle={T.progress}
          label={T.progress}
          cancelLabel={REGISTRY_TEXT.dialog.cancel}
          cancellingLabel={T.cancelling}
          cancelling={job.cancelling}
          onCancel={job.cancel}
        />
      )}
    </Dialog>
  );
}
