import type { ExportFormat } from '../../../../shared/api/methods/export';
import { send } from '../../api';

/** The desktop app's native dialog: a file to import, or where to save; null if closed. */
export async function chooseFile(purpose: 'import' | 'export', format: ExportFormat | null = null, defaultName: string | null = null): Promise<string | null> {
  return (await send('host.chooseFile', { purpose, format, defaultName })).path;
}
