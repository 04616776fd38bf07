import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorTable } from '../../../shared/domain/indicators';
import { writeDemoRegion } from '../../../electron/core/demo';
import { tempDir } from '../../fixtures/temp';
import { runCaptured } from './capture';

let file: string;
let cleanup: () => void;

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  file = path.join(t.dir, 'demo.profreestr');
  await writeDemoRegion(file, { members: 3000, seed: 3 });
});
afterAll(() => cleanup());

describe('profreestr metrics', () => {
  it('prints one row per local organization with tier, band and every indicator', async () => {
    const { code, stdout } = await runCaptured(['metrics', '--db', file]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Показатели \(текущие данные на 01\.10\.2026\)/);
    const header = lines[1]!.split('\t');
    expect(header.slice(0, 8)).toEqual([
      'Код', 'Наименование', 'Код вышестоящей', 'Группа', 'Диапазон',
      'Состоят на электронном учёте', 'Членов Профсоюза по статотчёту', 'Охват электронным учётом, %',
    ]);
    const json = await runCaptured(['metrics', '--db', file, '--json']);
    const table = JSON.parse(json.stdout) as IndicatorTable;
    expect(lines.length - 3).toBe(table.rows.length); // title, header, total
    expect(table.rows.every((r) => r.level === 'local')).toBe(true);
    const first = table.rows[0]!;
    const cells = lines[2]!.split('\t');
    expect(cells[0]).toBe(first.code);
    expect(cells[5]).toBe(first.values.registered!.toLocaleString('ru-RU').replace(/\s/g, '\u00a0'));
    expect(cells[7]).toMatch(/^(\d[\d\u00a0]*,\d\d%|нет данных)$/);
  });

  it('computes a stored snapshot (the demo stores one) and compares with it', async () => {
    const now = JSON.parse((await runCaptured(['metrics', '--db', file, '--level', 'primary', '--json'])).stdout) as IndicatorTable;
    const snap = JSON.parse((await runCaptured(['metrics', '--db', file, '--level', 'primary', '--snapshot', '1', '--json'])).stdout) as IndicatorTable;
    expect(snap.source).toMatchObject({ kind: 'snapshot', snapshotId: 1 });
    expect(snap.rows.map((r) => r.values)).toEqual(now.rows.map((r) => r.values));
    const cmp = JSON.parse((await runCaptured(['metrics', '--db', file, '--compare', '1', '--json'])).stdout) as IndicatorTable;
    expect(cmp.rows.every((r) => r.change?.registered?.delta === 0)).toBe(true);
    const text = (await runCaptured(['metrics', '--db', file, '--compare', '1'])).stdout;
    expect(text).toContain('сравнение со срезом № 1 на 01.10.2026');
    expect(text).toContain('Изменение: Состоят на электронном учёте');
  });

  it('refuses an unknown level and a missing snapshot in Russian, with exit code 1', async () => {
    const bad = await runCaptured(['metrics', '--db', file, '--level', 'planet']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('неизвестный уровень');
    const missing = await runCaptured(['metrics', '--db', file, '--snapshot', '42']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('№ 42 не найден');
  });
});
