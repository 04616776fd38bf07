// `profreestr`: the engine from the command line, for scripts, checks and benchmarks.
import { runCli } from './run';

// `profreestr metrics … | head`: a reader that stops early is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
