import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { writeDemoRegion } from '../../../electron/core/demo';
import { tempDir } from '../../fixtures/temp';
import { listDir, openReadonly } from './helpers';

let cleanup = () => {};
afterEach(() => cleanup());
function dir(): string {
  const t = tempDir('profreestr-demo-');
  cleanup = t.cleanup;
  return t.dir;
}

async function expectCancelled(run: Promise<unknown>): Promise<void> {
  const err = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('cancelled');
  expect((err as AppError).message).toBe('Создание демонстрационного региона отменено.');
}

describe('demo region file handling', () => {
  it('reports progress a few times and leaves only the target file', async () => {
    const d = dir();
    const target = path.join(d, 'Демонстрационный регион.profreestr');
    const calls: Array<[number, number]> = [];
    await writeDemoRegion(target, { members: 5000, seed: 3 }, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThanOrEqual(5);
    expect(calls.length).toBeLessThanOrEqual(60);
    const total = calls[0]![1];
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
    expect(calls[calls.length - 1]).toEqual([total, total]);
    expect(listDir(d)).toEqual(['Демонстрационный регион.profreestr']);
  });

  it('leaves no file and no temporary leftovers when cancelled after the first progress report', async () => {
    const d = dir();
    const target = path.join(d, 'demo.profreestr');
    const controller = new AbortController();
    let reports = 0;
    await expectCancelled(
      writeDemoRegion(target, { members: 5000, seed: 1 }, {
        signal: controller.signal,
        onProgress: () => {
          reports++;
          controller.abort();
        },
      }),
    );
    expect(reports).toBe(1);
    expect(fs.existsSync(target)).toBe(false);
    expect(listDir(d)).toEqual([]);
  });

  it('does nothing when the signal is already aborted', async () => {
    const d = dir();
    const controller = new AbortController();
    controller.abort();
    await expectCancelled(writeDemoRegion(path.join(d, 'demo.profreestr'), { members: 2000, seed: 1 }, { signal: controller.signal }));
    expect(listDir(d)).toEqual([]);
  });

  it('replaces an existing target only on success', async () => {
    const d = dir();
    const target = path.join(d, 'demo.profreestr');
    fs.writeFileSync(target, 'старый файл');
    // Stale WAL files of the old target must not survive next to the new file.
    fs.writeFileSync(`${target}-wal`, 'old wal');

    const controller = new AbortController();
    await expectCancelled(
      writeDemoRegion(target, { members: 3000, seed: 2 }, {
        signal: controller.signal,
        onProgress: (done, total) => {
          if (done > total / 2) controller.abort();
        },
      }),
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('старый файл');
    expect(listDir(d)).toEqual(['demo.profreestr', 'demo.profreestr-wal']);

    const summary = await writeDemoRegion(target, { members: 3000, seed: 2 });
    expect(listDir(d)).toEqual(['demo.profreestr']);
    const db = openReadonly(target);
    try {
      const n = (db.prepare('SELECT count(*) AS n FROM members WHERE removed_on IS NULL').get() as { n: number }).n;
      expect(n).toBe(summary.members);
    } finally {
      db.close();
    }
  });

  it('refuses bad options with a message', async () => {
    const d = dir();
    await expect(writeDemoRegion(path.join(d, 'x.profreestr'), { members: -1, seed: 1 })).rejects.toMatchObject({ code: 'bad_args' });
    await expect(writeDemoRegion(path.join(d, 'x.profreestr'), { members: 10, seed: 1.5 })).rejects.toMatchObject({ code: 'bad_args' });
    expect(listDir(d)).toEqual([]);
  });
});
