import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingRow, QualityReport } from '../../../shared/api/methods/quality';
import { CHECK_IDS } from '../../../shared/quality/catalog';
import { writeQualityRegion, type PlantedRegion } from '../../fixtures/quality-region';
import { tempDir } from '../../fixtures/temp';
import { runCaptured } from './capture';

let file: string;
let cleanup: () => void;
let region: PlantedRegion;

beforeAll(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  file = path.join(t.dir, 'planted.profreestr');
  region = writeQualityRegion(file);
  region.db.close();
});
afterAll(() => cleanup());

describe('profreestr check', () => {
  it('prints every check with its severity, count and title', async () => {
    const { code, stdout } = await runCaptured(['check', '--db', file]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toContain('данные на 01.10.2026');
    expect(lines[1]).toBe('Проверка\tВажность\tЧисло\tНазвание');
    expect(lines.slice(2).map((l) => l.split('\t')[0])).toEqual(CHECK_IDS);
    expect(lines).toContain(`member.badContact\tошибка\t${region.expected['member.badContact'].length}\tНеверный телефон или e-mail`);
  });

  it('gives JSON with every count, and one check’s rows', async () => {
    const all = JSON.parse((await runCaptured(['check', '--db', file, '--json'])).stdout) as QualityReport;
    for (const c of all.checks) expect(c.count).toBe(region.expected[c.id].length);
    const one = await runCaptured(['check', '--db', file, '--check', 'dup.possible', '--json']);
    const parsed = JSON.parse(one.stdout) as { check: { id: string }; rows: FindingRow[] };
    expect(parsed.check.id).toBe('dup.possible');
    expect(parsed.rows.map((r) => r.id)).toEqual(region.expected['dup.possible']);
    expect(parsed.rows[0]!.who).toBe('Смирнова Ольга Ивановна');
  });

  it('takes the card deadline from the command line', async () => {
    const res = JSON.parse((await runCaptured(['check', '--db', file, '--check', 'member.cardDelivered', '--card-days', '30', '--json'])).stdout) as {
      rows: FindingRow[];
    };
    expect(res.rows.map((r) => r.id)).toEqual(expect.arrayContaining([region.ids.cardRecent, region.ids.card60]));
  });

  it('refuses an unknown check with exit code 1 and a Russian message', async () => {
    const res = await runCaptured(['check', '--db', file, '--check', 'nope']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Неизвестная проверка «nope»');
  });
});
