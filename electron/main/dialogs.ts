import { dialog, type BrowserWindow } from 'electron';
import type { Args } from '../../shared/api/contract';
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

/** host.chooseFile: a native dialog for a file to import, or for where to save an export. */
export async function chooseFile(window: BrowserWindow, args: Args<'host.chooseFile'>): Promise<Envelope<unknown>> {
  const t = MAIN_TEXT.chooseFile;
  if (args.purpose === 'import') {
    const res = await dialog.showOpenDialog(window, {
      title: t.importTitle,
      filters: [{ name: t.importFilter, extensions: ['xlsx', 'csv', 'txt'] }],
      properties: ['openFile'],
    });
    return { ok: true, result: { path: res.canceled ? null : (res.filePaths[0] ?? null) } };
  }
  const format = args.format ?? 'xlsx';
  const res = await dialog.showSaveDialog(window, {
    title: t.exportTitle,
    defaultPath: args.defaultName ?? undefined,
    filters: [{ name: format === 'xlsx' ? t.xlsx : t.csv, extensions: [format] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return { ok: true, result: { path: res.canceled || !res.filePath ? null : res.filePath } };
}
