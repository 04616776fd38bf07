// Target (issue 2): a 200,000-member demo region in ≤ 10 s and ≤ 500 MB peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDemoRegion } from '../../../electron/core/demo';
import { measure } from '../measure';

const members = Number(process.argv[2] ?? 200_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profreestr-bench-'));
void measure('demo', async () => {
  const summary = await writeDemoRegion(path.join(dir, 'demo.profreestr'), { members, seed: 1 });
  const size = fs.statSync(path.join(dir, 'demo.profreestr')).size;
  return { members: summary.members, organizations: summary.organizations, fileMb: size / 2 ** 20 };
}, () => fs.rmSync(dir, { recursive: true, force: true }));
