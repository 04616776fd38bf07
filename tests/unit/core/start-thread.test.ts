import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../fixtures/temp';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('startThread', () => {
  it('starts an engine thread without the host’s own Node flags (a host run through tsx)', () => {
    const thread = path.join(dir, 'thread.cjs');
    fs.writeFileSync(thread, "require('node:worker_threads').parentPort.postMessage({ flags: process.execArgv, data: require('node:worker_threads').workerData });\n");
    const workers = path.resolve(__dirname, '../../../electron/core/workers.ts');
    const host = `
      const { startThread } = require(${JSON.stringify(workers)});
      const t = startThread(${JSON.stringify(thread)}, { file: 'Члены.csv' });
      t.on('message', (m) => { console.log(JSON.stringify({ host: process.execArgv, thread: m })); t.terminate(); });`;
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', host], { encoding: 'utf8' })) as {
      host: string[];
      thread: { flags: string[]; data: unknown };
    };
    expect(out.host).toEqual(expect.arrayContaining(['--import', 'tsx']));
    expect(out.thread).toEqual({ flags: [], data: { file: 'Члены.csv' } });
  });
});
