import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { MenuCommand, PageCommand } from '../../shared/api/events';
import { MAIN_TEXT } from './strings';

export interface MenuActions {
  command(cmd: MenuCommand): void;
  about(): void;
  quit(): void;
}

/** The Russian application menu; file commands are carried out by the page (see MenuCommand). */
export function buildMenuTemplate(actions: MenuActions, recent: readonly string[]): MenuItemConstructorOptions[] {
  const t = MAIN_TEXT.menu;
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: t.recentEmpty, enabled: false }]
      : recent.map((file, i) => ({
          label: `${i + 1}. ${path.basename(file)}`,
          toolTip: file,
          click: () => actions.command({ command: 'file.openRecent', path: file }),
        }));
  const pages: [PageCommand, string][] = [
    ['page.registry', t.registry],
    ['page.quality', t.quality],
    ['page.analysis', t.analysis],
    ['page.documents', t.documents],
  ];
  return [
    {
      label: t.file,
      submenu: [
        { label: t.create, accelerator: 'CmdOrCtrl+N', click: () => actions.command({ command: 'file.create' }) },
        { label: t.open, accelerator: 'CmdOrCtrl+O', click: () => actions.command({ command: 'file.open' }) },
        { label: t.recent, submenu: recentItems },
        { label: t.openDemo, click: () => actions.command({ command: 'file.openDemo' }) },
        { type: 'separator' },
        { label: t.import, accelerator: 'CmdOrCtrl+I', click: () => actions.command({ command: 'file.import' }) },
        { label: t.export, accelerator: 'CmdOrCtrl+E', click: () => actions.command({ command: 'file.export' }) },
        { label: t.templates, click: () => actions.command({ command: 'file.templates' }) },
        { type: 'separator' },
        { label: t.close, click: () => actions.command({ command: 'file.close' }) },
        { type: 'separator' },
        { label: t.quit, accelerator: 'Alt+F4', click: () => actions.quit() },
      ],
    },
    {
      label: t.edit,
      submenu: [
        // The keys are shown but left to the page: the grids give Ctrl+Z, Ctrl+C, Ctrl+V and
        // Ctrl+A their Excel meaning (undo of the registry's last action, cell ranges), which a
        // menu accelerator would take away before the page sees the key.
        { label: t.undo, role: 'undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false },
        { label: t.redo, role: 'redo', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false },
        { type: 'separator' },
        { label: t.cut, role: 'cut', accelerator: 'CmdOrCtrl+X', registerAccelerator: false },
        { label: t.copy, role: 'copy', accelerator: 'CmdOrCtrl+C', registerAccelerator: false },
        { label: t.paste, role: 'paste', accelerator: 'CmdOrCtrl+V', registerAccelerator: false },
        { label: t.selectAll, role: 'selectAll', accelerator: 'CmdOrCtrl+A', registerAccelerator: false },
      ],
    },
    {
      label: t.view,
      submenu: [
        ...pages.map(
          ([command, label], i): MenuItemConstructorOptions => ({
            label,
            accelerator: `CmdOrCtrl+${i + 1}`,
            click: () => actions.command({ command }),
          }),
        ),
        { type: 'separator' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { label: t.zoomReset, role: 'resetZoom' },
        { label: t.fullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: t.help,
      submenu: [{ label: t.about, click: () => actions.about() }],
    },
  ];
}
