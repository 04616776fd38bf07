import fs from 'node:fs';
import path from 'node:path';
import { formatDateNumeric, formatInt } from '../../../shared/ru';
import { DEFAULT_DEMO_OPTIONS, writeDemoRegion } from '../../core/demo';
import { integerOption, parseOptions, requireOption } from '../args';
import { UsageError, type Output } from '../output';
import { CLI_TEXT } from '../strings';

export async function demoCommand(argv: string[], out: Output): Promise<void> {
  const opts = parseOptions(argv, {
    out: { type: 'string' },
    members: { type: 'string' },
    seed: { type: 'string' },
    force: { type: 'boolean' },
    union: { type: 'boolean' },
  });
  const file = path.resolve(requireOption(opts.out, 'out'));
  const members = integerOption(opts.members, 'members', DEFAULT_DEMO_OPTIONS.members, 0, 5_000_000);
  const seed = integerOption(opts.seed, 'seed', DEFAULT_DEMO_OPTIONS.seed, 0, 2 ** 31 - 1);
  if (fs.existsSync(file) && !opts.force) throw new UsageError(CLI_TEXT.outExists(file));

  let lastShown = 0;
  const shape = opts.union ? 'union' : 'region';
  const summary = await writeDemoRegion(file, { members, seed, shape }, {
    onProgress: (done, total) => {
      const now = Date.now();
      if (now - lastShown < 500 && done < total) return;
      lastShown = now;
      out.info(CLI_TEXT.demoProgress(formatInt(done), formatInt(total)));
    },
  });
  const what = shape === 'union' ? 'Демонстрационный файл всего Профсоюза записан' : 'Демонстрационный регион записан';
  out.result({ file, ...summary }, `${what} в «${file}»:\n` +
    `${summary.regionName}, данные на ${formatDateNumeric(summary.asOf)}; организаций: ${formatInt(summary.organizations)}, ` +
    `членов Профсоюза: ${formatInt(summary.members)}.`);
}
