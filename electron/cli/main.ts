// `profreestr`: the engine from the command line, for scripts, checks and benchmarks.
import { runCli } from './run';

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
