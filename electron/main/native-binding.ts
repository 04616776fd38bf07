import { app } from 'electron';
import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI. A packaged app has it in place of the Node build
 * (electron-builder rebuilds it); a development checkout keeps it beside the Node build, made by
 * `npm run electron:sqlite`, so tests and the CLI keep working with Node.
 */
export function electronSqliteBinding(): string | undefined {
  if (process.env.PROFREESTR_SQLITE_BINDING) return process.env.PROFREESTR_SQLITE_BINDING;
  if (app.isPackaged) return undefined;
  const local = path.join(app.getAppPath(), 'build', 'electron-sqlite', 'better_sqlite3.node');
  return fs.existsSync(local) ? local : undefined;
}
