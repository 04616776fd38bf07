import { useEffect } from 'react';
import { APP_TEXT } from './strings';

/** «<file name> — Профреестр»; the Electron host mirrors document.title to the window. */
export function useDocumentTitle(fileName: string | null): void {
  useEffect(() => {
    document.title = APP_TEXT.title(fileName);
  }, [fileName]);
}
