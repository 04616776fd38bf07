// `profreestr … | head`: the reader closes the pipe early; the CLI stops quietly with its code.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');

it('a closed stdout (EPIPE) ends the CLI without a stack trace', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/main.ts'), 'ru', 'person', 'Иванова Анна Петровна', '--gender', 'ж', '--case', 'родительный'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Closed before the CLI writes its answer: the write fails with EPIPE.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toMatch(/EPIPE|Error/);
  expect(code).toBe(0);
}, 60_000);
