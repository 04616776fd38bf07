// Tells whether Electron can start on this machine, and if not, why (in Russian).
// Used by the start script (to fall back to the browser mode) and by the Electron e2e tests
// (to skip with the reason).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(__dirname, '..');

export interface ElectronStatus {
  ok: boolean;
  reason: string;
  executable?: string;
}

export function electronStatus(): ElectronStatus {
  const require = createRequire(path.join(root, 'package.json'));
  let executable: string;
  try {
    const pkgDir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    if (!fs.existsSync(pathFile)) {
      return { ok: false, reason: 'программа Electron не скачана (нет доступа к её серверу при установке; на машине с интернетом: npm run electron:fetch)' };
    }
    executable = path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  } catch {
    return { ok: false, reason: 'пакет electron не установлен (выполните npm ci)' };
  }
  if (!fs.existsSync(executable)) {
    return { ok: false, reason: `не найден исполняемый файл Electron: ${executable}` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'нет графического экрана (переменные DISPLAY и WAYLAND_DISPLAY пусты)', executable };
  }
  const binding = path.join(root, 'build', 'electron-sqlite', 'better_sqlite3.node');
  if (!fs.existsSync(binding)) {
    return { ok: false, reason: 'better-sqlite3 не собран для Electron (на машине с интернетом: npm run electron:sqlite)', executable };
  }
  return { ok: true, reason: '', executable };
}

if (require.main === module) {
  const status = electronStatus();
  if (!status.ok) console.log(status.reason);
  process.exit(status.ok ? 0 : 1);
}
