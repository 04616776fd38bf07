import type { BrowserWindowConstructorOptions } from 'electron';
import { MAIN_TEXT } from './strings';

/**
 * The main window's options with every setting of Electron's security checklist: the page gets
 * no Node, runs sandboxed and isolated from the preload, and cannot open other windows.
 */
export function buildWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 1000,
    minHeight: 640,
    title: MAIN_TEXT.appName,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}
