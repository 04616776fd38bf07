// Browser mode: the same engine and page as the desktop app, served on 127.0.0.1, for machines
// where Electron cannot start and for end-to-end tests.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseArgsMessage } from '../cli/args';
import { defaultDataDir } from '../core/host/data-dir';
import { CoreWorkerClient } from '../core/host/worker-client';
import { bundledWorkers } from '../core/workers';
import { startWebHost } from './server';
import { WEB_TEXT } from './strings';

async function main(): Promise<void> {
  let values: { port?: string; file?: string; 'data-dir'?: string; 'no-demo'?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        file: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-demo': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`${parseArgsMessage(err)}\n${WEB_TEXT.usage}`);
    process.exit(1);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Неверный номер порта «${values.port}»: нужно целое число от 1 до 65535.`);
    process.exit(1);
  }
  const rendererDir = path.join(__dirname, '..', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.error(WEB_TEXT.noRenderer(rendererDir));
    process.exit(1);
  }

  const client = new CoreWorkerClient(path.join(__dirname, 'core-worker.js'), {
    dataDir: values['data-dir'] ?? defaultDataDir(),
    mode: 'browser',
    workers: bundledWorkers(__dirname),
  });
  const opened = values.file
    ? await client.call('registry.open', { path: values.file })
    : values['no-demo']
      ? null
      : await client.call('registry.openDemo', {});
  if (opened && !opened.ok) console.error(opened.error.message);

  const host = await startWebHost({ client, rendererDir, port });
  console.log(WEB_TEXT.started(host.loginUrl));
  // A machine-readable line for scripts and tests.
  console.log(`PROFREESTR_URL=${host.loginUrl}`);

  const stop = () => {
    void host
      .close()
      .then(() => client.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
