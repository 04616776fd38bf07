import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { createCore, type Core } from '../core';
import { toErrorData } from '../core/errors';
import { bundledWorkers } from '../core/workers';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { docCommand } from './commands/doc';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { infoCommand } from './commands/info';
import { metricsCommand } from './commands/metrics';
import { ruCommand } from './commands/ru';
import { createOutput, EXIT, UsageError, type Output } from './output';
import { CLI_TEXT } from './strings';

type Command = (argv: string[], out: Output, core: Core) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  demo: demoCommand,
  doc: docCommand,
  export: exportCommand,
  import: importCommand,
  info: infoCommand,
  metrics: metricsCommand,
  ru: ruCommand,
};

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const out = createOutput(rest.includes('--json'));
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${CLI_TEXT.usage}\n`);
    return name === undefined ? EXIT.user : EXIT.ok;
  }
  const command = COMMANDS[name];
  // The CLI keeps no recent list and writes nothing outside the files it is given.
  const core = createCore({
    dataDir: path.join(os.tmpdir(), 'profreestr-cli'),
    mode: 'cli',
    keepRecent: false,
    workers: bundledWorkers(__dirname),
  });
  try {
    if (!command) throw new UsageError(CLI_TEXT.unknownCommand(name));
    await command(rest, out, core);
    return EXIT.ok;
  } catch (err) {
    const data = toErrorData(err);
    const user = err instanceof AppError && err.code !== 'internal';
    if (out.json) process.stdout.write(`${JSON.stringify({ ok: false, error: data }, null, 2)}\n`);
    process.stderr.write(`${user ? data.message : CLI_TEXT.internal(data.message)}\n`);
    return user ? EXIT.user : EXIT.internal;
  } finally {
    core.close();
  }
}
