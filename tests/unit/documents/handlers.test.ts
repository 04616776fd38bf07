import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResolutionSettings } from '../../../shared/domain/documents';
import { createCore, type Core } from '../../../electron/core';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

let dir: string;
let cleanup: () => void;
let core: Core;

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  const file = path.join(dir, 'small.profreestr');
  writeSmallRegion(file).close();
  core = createCore({ dataDir: path.join(dir, 'data'), mode: 'browser' });
  await core.invoke('registry.open', { path: file });
});
afterEach(() => {
  core.close();
  cleanup();
});

describe('documents API', () => {
  it('creates a draft from the defaults, edits, regenerates, exports and deletes it', async () => {
    const defaults = (await core.invoke('documents.defaults', { kind: 'resolution' })) as ResolutionSettings;
    expect(defaults).toMatchObject({ body: 'ПРЕЗИДИУМ', docType: 'ПОСТАНОВЛЕНИЕ', level: 'local' });
    const draft = await core.invoke('documents.create', { kind: 'resolution', settings: { ...defaults, number: '3-7' } });
    expect(draft.settings).toMatchObject({ number: '3-7' });
    expect(await core.invoke('documents.list', {})).toEqual([expect.objectContaining({ id: draft.id, kind: 'resolution' })]);

    const saved = await core.invoke('documents.save', { id: draft.id, parts: [{ key: 'point.analyse', edited: 'Свой текст.' }] });
    expect(saved.parts.find((p) => p.key === 'point.analyse')?.edited).toBe('Свой текст.');
    const { draft: fresh, replaced } = await core.invoke('documents.regenerate', { id: draft.id });
    expect(fresh.parts.find((p) => p.key === 'point.analyse')?.edited).toBe('Свой текст.');
    expect(replaced).toEqual([]);

    const download = await core.invoke('documents.export', { id: draft.id });
    expect(download.fileName).toBe('О ходе реализации проекта Цифровизация Общероссийского Профсоюза образования.docx');
    expect(Buffer.from(download.base64!, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    const target = path.join(dir, 'Постановление.docx');
    expect((await core.invoke('documents.export', { id: draft.id, path: target })).path).toBe(target);
    expect(fs.statSync(target).size).toBeGreaterThan(5000);

    await core.invoke('documents.delete', { id: draft.id });
    expect(await core.invoke('documents.list', {})).toEqual([]);
  });

  it('names the wrong field of the settings in Russian', async () => {
    const defaults = await core.invoke('documents.defaults', { kind: 'contest' });
    const res = await core.call('documents.create', { kind: 'contest', settings: { ...defaults, prizes: [{ place: 0, amount: 5 }] } });
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_args', message: expect.stringContaining('поле «prizes.0.place»') } });
    const missing = await core.call('documents.get', { id: 77 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses to export into a folder that does not exist, writing nothing', async () => {
    const draft = await core.invoke('documents.create', { kind: 'appendix', settings: await core.invoke('documents.defaults', { kind: 'appendix' }) });
    const res = await core.call('documents.export', { id: draft.id, path: path.join(dir, 'нет', 'x.docx') });
    expect(res).toMatchObject({ ok: false, error: { code: 'file_not_found', message: expect.stringContaining('не существует') } });
  });
});
