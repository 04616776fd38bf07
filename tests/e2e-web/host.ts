import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, test, type BrowserContext } from '@playwright/test';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Debian's Chromium with the flags this offline machine needs; Playwright downloads nothing. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface RunningHost {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the built browser-mode host (out/main/web-host.js) and waits for its address. */
export async function startHost(args: string[] = []): Promise<RunningHost> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'profreestr-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'out/main/web-host.js'), '--data-dir', dataDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /PROFREESTR_URL=(\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'profreestr-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    // Real scrollbars, as users have them: hidden ones let AG Grid's overlay clip the last column.
    ignoreDefaultArgs: ['--hide-scrollbars'],
    viewport: { width: 1400, height: 900 },
    locale: 'ru-RU',
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type OpenBrowser = Awaited<ReturnType<typeof openBrowser>>;

export interface HostOptions {
  /** The host's command line, asked when it starts (a spec may make its file first). */
  args?: () => string[];
  /** A fresh host and browser for each test rather than one for the whole file. */
  each?: boolean;
}

/**
 * Registers a spec file's hooks: the host and the browser start before its tests and stop after.
 * Hooks a spec registers after this call run after the start, and before the stop.
 */
export function useHost(options: HostOptions = {}): { readonly host: RunningHost; readonly browser: OpenBrowser } {
  const env = {} as { host: RunningHost; browser: OpenBrowser };
  (options.each ? test.beforeEach : test.beforeAll)(async () => {
    env.host = await startHost(options.args?.() ?? []);
    env.browser = await openBrowser();
  });
  (options.each ? test.afterEach : test.afterAll)(async () => {
    await env.browser?.close();
    await env.host?.stop();
  });
  return env;
}
