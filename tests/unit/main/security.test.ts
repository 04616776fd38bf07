import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/api/events';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { APP_START_URL, isTrustedUrl } from '../../../electron/main/trust';
import { buildWindowOptions } from '../../../electron/main/window-options';

describe('main window options (Electron security checklist)', () => {
  const options = buildWindowOptions('/app/out/preload/index.js');
  const web = options.webPreferences!;

  it('isolates and sandboxes the page, with no Node in it', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, insecure content and experiments off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('uses the given preload and a Russian title', () => {
    expect(web.preload).toBe('/app/out/preload/index.js');
    expect(options.title).toBe('Профреестр');
  });
});

describe('trusted origins for IPC and navigation', () => {
  it('trusts only the app:// page in a built app', () => {
    expect(isTrustedUrl(APP_START_URL)).toBe(true);
    expect(isTrustedUrl('app://profreestr/assets/x.js')).toBe(true);
    expect(isTrustedUrl('app://evil/index.html')).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedUrl('https://example.org/')).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedUrl('')).toBe(false);
    expect(isTrustedUrl(undefined)).toBe(false);
    expect(isTrustedUrl('не адрес')).toBe(false);
  });

  it('trusts the dev server only when one is running', () => {
    expect(isTrustedUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('CSP allows no remote or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});

describe('application menu', () => {
  const commands: MenuCommand[] = [];
  const template = buildMenuTemplate(
    { command: (c) => commands.push(c), about: () => undefined, quit: () => undefined },
    ['/data/Регион.profreestr'],
  );
  const sub = (item: MenuItemConstructorOptions) => item.submenu as MenuItemConstructorOptions[];

  it('has the Russian top-level menus', () => {
    expect(template.map((m) => m.label)).toEqual(['Файл', 'Правка', 'Вид', 'Справка']);
  });

  it('Файл has Создать, Открыть, Недавние файлы, the demo region and Выход', () => {
    const labels = sub(template[0]!).map((i) => i.label).filter(Boolean);
    expect(labels).toEqual(['Создать…', 'Открыть…', 'Недавние файлы', 'Открыть демонстрационный регион', 'Импорт…', 'Экспорт…', 'Шаблоны импорта', 'Закрыть файл', 'Выход']);
  });

  it('recent files and file commands are sent to the page', () => {
    const file = sub(template[0]!);
    const recent = sub(file.find((i) => i.label === 'Недавние файлы')!);
    expect(recent[0]!.label).toBe('1. Регион.profreestr');
    (recent[0]!.click as () => void)();
    (file.find((i) => i.label === 'Открыть демонстрационный регион')!.click as () => void)();
    expect(commands).toEqual([{ command: 'file.openRecent', path: '/data/Регион.profreestr' }, { command: 'file.openDemo' }]);
  });

  it('Импорт…, Экспорт… and Шаблоны импорта are sent to the page', () => {
    const file = sub(template[0]!);
    const sent: MenuCommand[] = [];
    const own = buildMenuTemplate({ command: (c) => sent.push(c), about: () => undefined, quit: () => undefined }, []);
    for (const label of ['Импорт…', 'Экспорт…', 'Шаблоны импорта']) (sub(own[0]!).find((i) => i.label === label)!.click as () => void)();
    expect(sent).toEqual([{ command: 'file.import' }, { command: 'file.export' }, { command: 'file.templates' }]);
    expect(file.find((i) => i.label === 'Импорт…')!.accelerator).toBe('CmdOrCtrl+I');
  });

  it('Правка leaves Ctrl+Z/Y/X/C/V/A to the page (the grids handle them as Excel does)', () => {
    const edit = sub(template[1]!).filter((i) => i.role);
    expect(edit.map((i) => i.label)).toEqual(['Отменить', 'Повторить', 'Вырезать', 'Копировать', 'Вставить', 'Выделить всё']);
    for (const item of edit) expect(item.registerAccelerator, String(item.label)).toBe(false);
  });

  it('Вид switches pages with Ctrl+1…4', () => {
    const view = sub(template[2]!).filter((i) => i.accelerator);
    expect(view.map((i) => [i.label, i.accelerator])).toEqual([
      ['Реестр', 'CmdOrCtrl+1'],
      ['Качество данных', 'CmdOrCtrl+2'],
      ['Анализ', 'CmdOrCtrl+3'],
      ['Документы', 'CmdOrCtrl+4'],
    ]);
    commands.length = 0;
    for (const item of view) (item.click as () => void)();
    expect(commands.map((c) => c.command)).toEqual(['page.registry', 'page.quality', 'page.analysis', 'page.documents']);
  });

  it('an empty recent list says so', () => {
    const empty = buildMenuTemplate({ command: () => undefined, about: () => undefined, quit: () => undefined }, []);
    const recent = sub(sub(empty[0]!).find((i) => i.label === 'Недавние файлы')!);
    expect(recent).toEqual([{ label: 'Список пуст', enabled: false }]);
  });
});
