// A demo region of a given size, generated once into a cache folder (by the CLI in a child
// process, so the measuring process's peak memory is only its own work) and reused by later runs:
// the whole-union size takes minutes to generate.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CACHE_DIR = path.join(os.tmpdir(), 'profreestr-bench-cache');

export function cachedRegion(members: number, seed = 1): string {
  const file = path.join(CACHE_DIR, `demo-${members}-${seed}.profreestr`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  process.stderr.write(`  создаётся демонстрационный регион на ${members} членов Профсоюза (один раз, в ${CACHE_DIR}) …\n`);
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'demo', '--out', file, '--members', String(members), '--seed', String(seed), '--force'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return file;
}
