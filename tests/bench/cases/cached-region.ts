// A demo region (or a whole-union file) of a given size, generated once into a cache folder (by
// the CLI in a child process, so the measuring process's peak memory is only its own work) and
// reused by later runs: the whole-union size takes minutes to generate.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DemoShape } from '../../../electron/core/demo';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CACHE_DIR = path.join(os.tmpdir(), 'profreestr-bench-cache');

export function cachedRegion(members: number, seed = 1, shape: DemoShape = 'region'): string {
  const file = path.join(CACHE_DIR, `${shape === 'union' ? 'union' : 'demo'}-${members}-${seed}.profreestr`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const what = shape === 'union' ? 'демонстрационный файл всего Профсоюза' : 'демонстрационный регион';
  process.stderr.write(`  создаётся ${what} на ${members} членов Профсоюза (один раз, в ${CACHE_DIR}) …\n`);
  execFileSync(
    process.execPath,
    [
      '--import', 'tsx', 'electron/cli/main.ts', 'demo', '--out', file, '--members', String(members), '--seed', String(seed),
      ...(shape === 'union' ? ['--union'] : []), '--force',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return file;
}

/** Reads the file once, so that the measured work finds it in the operating system's cache. */
export function warmFileCache(file: string): void {
  const buffer = Buffer.alloc(8 * 2 ** 20);
  const fd = fs.openSync(file, 'r');
  try {
    while (fs.readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    fs.closeSync(fd);
  }
}
