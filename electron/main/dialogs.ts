import { dialog, type BrowserWindow } from 'electron';
import type { Envelope } from '../../shared/api/errors';
import type { CoreClient } from '../core/host/client';
import { MAIN_TEXT } from './strings';

const filters = [{ name: MAIN_TEXT.dialogs.fileFilter, extensions: ['profreestr'] }];

/** host.fileDialog: a native dialog, then the engine opens or creates the chosen file. */
export async function fileDialog(
  window: BrowserWindow,
  client: CoreClient,
  mode: 'open' | 'create',
): Promise<Envelope<unknown>> {
  if (mode === 'open') {
    const res = await dialog.showOpenDialog(window, {
      title: MAIN_TEXT.dialogs.openTitle,
      filters,
      properties: ['openFile'],
    });
    const file = res.filePaths[0];
    if (res.canceled || !file) return { ok: true, result: null };
    return client.call('registry.open', { path: file });
  }
  const res = await dialog.showSaveDialog(window, {
    title: MAIN_TEXT.dialogs.createTitle,
    defaultPath: MAIN_TEXT.dialogs.defaultName,
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (res.canceled || !res.filePath) return { ok: true, result: null };
  const file = res.filePath.endsWith('.profreestr') ? res.filePath : `${res.filePath}.profreestr`;
  return client.call('registry.create', { path: file });
}
