import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeQualityRegion } from '../../fixtures/quality-region';
import { tempDir } from '../../fixtures/temp';
import { runCaptured } from './capture';

let dir: string;
let file: string;
let cleanup: () => void;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'planted.profreestr');
  writeQualityRegion(file).db.close();
});
afterAll(() => cleanup());

describe('profreestr doc members|cards|letters', () => {
  it('writes a member list and a hand-out sheet of an organization by its code', async () => {
    const members = path.join(dir, 'Список.docx');
    const res = await runCaptured(['doc', 'members', '--db', file, '--org', '100', '--out', members, '--columns', 'fio,phone', '--landscape']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Список членов Профсоюза: записано');
    expect(fs.statSync(members).size).toBeGreaterThan(5000);
    const cards = JSON.parse((await runCaptured(['doc', 'cards', '--db', file, '--org', '100', '--out', path.join(dir, 'Ведомость.docx'), '--json'])).stdout) as {
      path: string;
    };
    expect(cards.path).toBe(path.join(dir, 'Ведомость.docx'));
  });

  it('writes letters into one file with its workbook, or a folder of files', async () => {
    const one = await runCaptured(['doc', 'letters', '--db', file, '--out', path.join(dir, 'Письма.docx'), '--checks', 'member.badContact']);
    expect(one.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'Письма.xlsx'))).toBe(true);
    const folder = path.join(dir, 'Папка писем');
    const many = JSON.parse((await runCaptured(['doc', 'letters', '--db', file, '--out', folder, '--json'])).stdout) as { letters: number; files: unknown[] };
    expect(many.files).toHaveLength(many.letters + 1);
    expect(fs.readdirSync(folder)).toHaveLength(many.letters + 1);
  });

  it('refuses an unknown organization code, column or check in Russian with exit code 1', async () => {
    const org = await runCaptured(['doc', 'members', '--db', file, '--org', 'нет', '--out', path.join(dir, 'x.docx')]);
    expect(org).toMatchObject({ code: 1, stderr: expect.stringContaining('Организации с кодом «нет» в файле нет') });
    const column = await runCaptured(['doc', 'members', '--db', file, '--org', '100', '--out', path.join(dir, 'x.docx'), '--columns', 'fio,zzz']);
    expect(column).toMatchObject({ code: 1, stderr: expect.stringContaining('Неизвестные колонки: zzz') });
    const check = await runCaptured(['doc', 'letters', '--db', file, '--out', path.join(dir, 'y.docx'), '--checks', 'nope']);
    expect(check).toMatchObject({ code: 1, stderr: expect.stringContaining('Неизвестные проверки: nope') });
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);
  });
});
