import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { captureSnapshotIndicators } from '../../../electron/core/indicators/snapshot';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

let dir: string;
let cleanup: () => void;
let core: Core;

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  const file = path.join(dir, 'small.profreestr');
  const db = writeSmallRegion(file);
  captureSnapshotIndicators(db, 1);
  db.close();
  core = createCore({ dataDir: path.join(dir, 'data'), mode: 'browser' });
  await core.invoke('registry.open', { path: file });
});
afterEach(() => {
  core.close();
  cleanup();
});

describe('indicators API', () => {
  it('indicators.table: a level of the tree, by default the locals', async () => {
    const t = await core.invoke('indicators.table', {});
    expect(t.level).toBe('local');
    expect(t.rows.map((r) => r.code)).toEqual(['110', '120']);
    expect(t.total.values.registered).toBe(6);
    const cmp = await core.invoke('indicators.table', { level: 'primary', compareId: 1 });
    expect(cmp.rows.every((r) => r.change?.registered?.delta === 0)).toBe(true);
  });

  it('refuses a bad level and a missing snapshot with a Russian message', async () => {
    const bad = await core.call('indicators.table', { level: 'planet' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_args' } });
    const missing = await core.call('indicators.table', { snapshotId: 9 });
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: expect.stringContaining('№ 9 не найден') } });
  });

  it('lists snapshots with whether indicators were stored', async () => {
    expect(await core.invoke('indicators.snapshots', {})).toEqual([
      expect.objectContaining({ id: 1, asOf: '2026-10-01', hasIndicators: true }),
    ]);
  });

  it('keeps the user’s thresholds in the file and checks their order', async () => {
    expect(await core.invoke('indicators.thresholds', {})).toEqual({ complete: 100, near: 85, weak: 0 });
    expect(await core.invoke('indicators.setThresholds', { complete: 90, near: 80, weak: 5 })).toEqual({ complete: 90, near: 80, weak: 5 });
    expect((await core.invoke('indicators.table', { level: 'primary' })).thresholds).toEqual({ complete: 90, near: 80, weak: 5 });
    const wrong = await core.call('indicators.setThresholds', { complete: 50, near: 80, weak: 5 });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'bad_args', message: expect.stringContaining('Пороги должны убывать') } });
  });

  it('exports the table to XLSX with real numbers and to DOCX', async () => {
    const x = await core.invoke('indicators.export', { format: 'xlsx', level: 'primary' });
    expect(x.fileName).toBe('Показатели цифровизации на 1 октября 2026 года.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(x.base64!, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Показатели')!;
    expect(sheet.getRow(2).getCell(6).value).toBe('Состоят на электронном учёте');
    const school = sheet.getRow(3);
    expect(school.getCell(1).value).toBe('111');
    expect(school.getCell(6).value).toBe(3);
    expect(school.getCell(8).value).toBe(1); // coverage 100% as an Excel percentage
    expect(school.getCell(8).numFmt).toBe('0.00%');
    const target = path.join(dir, 'Показатели.docx');
    const d = await core.invoke('indicators.export', { format: 'docx', path: target });
    expect(d).toEqual({ fileName: 'Показатели.docx', path: target, base64: null });
    expect(fs.readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
