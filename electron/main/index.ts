// The desktop shell: one window, the menu, dialogs and the IPC router. All data work happens in
// the engine's worker thread (electron/core), which this process only talks to.
import { app, BrowserWindow, dialog, Menu } from 'electron';
import path from 'node:path';
import type { EventMessage, MenuCommand } from '../../shared/api/events';
import type { AppStatus } from '../../shared/api/contract';
import { CoreWorkerClient } from '../core/host/worker-client';
import { bundledWorkers } from '../core/workers';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { chooseFile, fileDialog } from './dialogs';
import { printPage } from './print';
import { eventChannel } from '../../shared/api/ipc';
import { installIpcRouter } from './ipc-router';
import { buildMenuTemplate } from './menu';
import { electronSqliteBinding } from './native-binding';
import { denyAllPermissions, hardenContents } from './security';
import { MAIN_TEXT } from './strings';
import { APP_START_URL } from './trust';
import { buildWindowOptions } from './window-options';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let mainWindow: BrowserWindow | null = null;
let client: CoreWorkerClient | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!client) return;
    event.preventDefault();
    const closing = client;
    client = null;
    void closing.close().then(() => app.quit());
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, devServerUrl));
  void app.whenReady().then(start);
}

function sendToPage(event: EventMessage): void {
  mainWindow?.webContents.send(eventChannel(event.name), event.payload);
}

async function refreshMenu(core: CoreWorkerClient): Promise<void> {
  const status = await core.call('app.status', {});
  const recent = status.ok ? (status.result as AppStatus).recent : [];
  const command = (cmd: MenuCommand) => sendToPage({ name: 'menu.command', payload: cmd });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          command,
          quit: () => app.quit(),
          about: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: MAIN_TEXT.dialogs.aboutTitle,
              message: MAIN_TEXT.dialogs.about(app.getVersion()),
            }),
        },
        recent,
      ),
    ),
  );
}

async function start(): Promise<void> {
  denyAllPermissions();
  serveRenderer(path.join(__dirname, '..', 'renderer'));
  try {
    client = new CoreWorkerClient(path.join(__dirname, 'core-worker.js'), {
      dataDir: app.getPath('userData'),
      mode: 'desktop',
      nativeBinding: electronSqliteBinding(),
      workers: bundledWorkers(__dirname),
    });
  } catch (err) {
    dialog.showErrorBox(MAIN_TEXT.dialogs.errorTitle, MAIN_TEXT.errors.coreStart((err as Error).message));
    app.exit(1);
    return;
  }
  const core = client;
  core.onEvent((event) => {
    sendToPage(event);
    if (event.name === 'registry.changed') void refreshMenu(core);
  });

  mainWindow = new BrowserWindow(buildWindowOptions(path.join(__dirname, '..', 'preload', 'index.js')));
  const win = mainWindow;
  win.on('closed', () => {
    mainWindow = null;
  });
  win.once('ready-to-show', () => win.show());
  installIpcRouter({
    client: core,
    window: () => mainWindow?.webContents ?? null,
    devServerUrl,
    hostMethods: { 'host.fileDialog': ({ mode }) => fileDialog(win, core, mode), 'host.print': (args) => printPage(win, args), 'host.chooseFile': (args) => chooseFile(win, args) },
  });
  await refreshMenu(core);

  // A file named on the command line (or by double-click in Explorer) opens at start.
  const fileArg = process.argv.slice(1).find((a) => a.endsWith('.profreestr'));
  if (fileArg) await core.call('registry.open', { path: fileArg });

  await win.loadURL(devServerUrl ?? APP_START_URL);
}
