import os from 'node:os';
import path from 'node:path';

/** Where a host keeps its own files (demo region, recent list) outside Electron. */
export function defaultDataDir(): string {
  if (process.env.PROFREESTR_DATA_DIR) return process.env.PROFREESTR_DATA_DIR;
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Профреестр');
  }
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Профреестр');
  return path.join(process.env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'profreestr');
}
