import { dialog, type BrowserWindow } from 'electron';
import type { Envelope } from '../../shared/api/errors';
import { AppError } from '../../shared/api/errors';
import { saveFileAtomic } from '../core/documents/save-file';
import { toErrorData } from '../core/errors';
import { MAIN_TEXT } from './strings';

/**
 * host.print: the page shows its print view, then asks for it on paper (the system print dialog)
 * or as a PDF the user names. Chromium lays out the pages from the view's print CSS (@page size,
 * margins, the running header with the page number), exactly as a browser's window.print() does.
 */
export async function printPage(window: BrowserWindow, args: { mode: 'printer' | 'pdf'; fileName: string }): Promise<Envelope<unknown>> {
  const contents = window.webContents;
  try {
    if (args.mode === 'printer') {
      await new Promise<void>((resolve, reject) => {
        contents.print({ printBackground: true }, (success, reason) => {
          // A cancelled dialog is not an error; anything else is.
          if (success || /cancel/i.test(reason)) resolve();
          else reject(new AppError('internal', MAIN_TEXT.print.failed(reason)));
        });
      });
      return { ok: true, result: { path: null } };
    }
    const res = await dialog.showSaveDialog(window, {
      title: MAIN_TEXT.print.pdfTitle,
      defaultPath: args.fileName.replace(/[\\/:*?"<>|]+/g, ' ').trim(),
      filters: [{ name: MAIN_TEXT.print.pdfFilter, extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (res.canceled || !res.filePath) return { ok: true, result: { path: null } };
    const file = res.filePath.toLowerCase().endsWith('.pdf') ? res.filePath : `${res.filePath}.pdf`;
    const data = await contents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    return { ok: true, result: { path: saveFileAtomic(file, data) } };
  } catch (err) {
    return { ok: false, error: toErrorData(err) };
  }
}
