import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventMessage } from '../../../shared/api/events';
import { CoreWorkerClient } from '../../../electron/core/host/worker-client';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

const WORKER = path.resolve(__dirname, '../../fixtures/core-worker.cjs');

let dir: string;
let cleanup: () => void;
let client: CoreWorkerClient;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  client = new CoreWorkerClient(WORKER, { dataDir: path.join(dir, 'data'), mode: 'desktop' });
});
afterEach(async () => {
  await client.close();
  cleanup();
});

describe('engine in a worker thread', () => {
  it('answers calls and forwards events', async () => {
    const file = path.join(dir, 'r.profreestr');
    writeSmallRegion(file).close();
    const events: EventMessage[] = [];
    client.onEvent((e) => events.push(e));
    const res = await client.call('registry.open', { path: file });
    expect(res).toMatchObject({ ok: true, result: { memberCount: 6 } });
    expect(events.map((e) => e.name)).toContain('registry.changed');
    expect(await client.call('members.list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'bad_args' } });
  });

  it('reports progress of a long call and cancels it, leaving no demo file', async () => {
    const jobId = 'demo-1';
    const progress: number[] = [];
    let cancelled = false;
    client.onEvent((e) => {
      if (e.name === 'job.progress' && e.payload.jobId === jobId) {
        progress.push(e.payload.done);
        if (!cancelled) {
          cancelled = true;
          void client.call('jobs.cancel', { jobId });
        }
      }
    });
    const res = await client.call('registry.openDemo', {}, jobId);
    expect(progress.length).toBeGreaterThan(0);
    expect(res).toMatchObject({ ok: false, error: { code: 'cancelled', message: expect.stringContaining('отменено') } });
    const status = await client.call('app.status', {});
    expect(status).toMatchObject({ ok: true, result: { info: null } });
    const fs = await import('node:fs');
    expect(fs.existsSync((status as { ok: true; result: { demoPath: string } }).result.demoPath)).toBe(false);
  });

  it('the file stays closed cleanly: close() ends the thread', async () => {
    const file = path.join(dir, 'r.profreestr');
    writeSmallRegion(file).close();
    await client.call('registry.open', { path: file });
    await client.close();
    // After a clean close the WAL is checkpointed into the main file.
    const fs = await import('node:fs');
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
    client = new CoreWorkerClient(WORKER, { dataDir: path.join(dir, 'data'), mode: 'desktop' });
  });
});
