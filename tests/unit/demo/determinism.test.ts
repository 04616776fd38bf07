import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDemoRegion } from '../../../electron/core/demo';
import { tempDir } from '../../fixtures/temp';
import { dumpTables } from './helpers';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('demo region determinism', () => {
  const tmp = tempDir('profreestr-demo-');
  afterAll(() => tmp.cleanup());
  const file = (name: string) => path.join(tmp.dir, name);

  it('gives identical tables (and an identical file) for the same seed', async () => {
    await writeDemoRegion(file('a.profreestr'), { members: 2000, seed: 7 });
    await writeDemoRegion(file('b.profreestr'), { members: 2000, seed: 7 });
    expect(dumpTables(file('a.profreestr'))).toEqual(dumpTables(file('b.profreestr')));
    expect(sha(file('a.profreestr'))).toBe(sha(file('b.profreestr')));
  });

  it('gives different data for a different seed', async () => {
    await writeDemoRegion(file('c.profreestr'), { members: 2000, seed: 8 });
    const a = dumpTables(file('a.profreestr'));
    const c = dumpTables(file('c.profreestr'));
    expect(c.members).toHaveLength(2000);
    expect(c.members).not.toEqual(a.members);
    expect(c.organizations).not.toEqual(a.organizations);
  });
});
