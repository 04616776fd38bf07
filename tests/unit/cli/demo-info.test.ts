import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../fixtures/cli';
import { tempDir } from '../../fixtures/temp';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('profreestr demo / info', () => {
  it('writes a demo region and reports it as JSON', () => {
    const out = path.join(dir, 'demo.profreestr');
    const res = runCliProcess(['demo', '--out', out, '--members', '3000', '--seed', '7', '--json']);
    expect(res.code, res.stderr).toBe(0);
    const summary = JSON.parse(res.stdout) as { file: string; members: number; organizations: number };
    expect(summary.file).toBe(out);
    expect(summary.members).toBeGreaterThan(2800);
    expect(summary.members).toBeLessThanOrEqual(3000);

    const info = runCliProcess(['info', '--db', out, '--json']);
    expect(info.code, info.stderr).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({
      memberCount: summary.members,
      orgCount: summary.organizations,
      schemaVersion: expect.any(Number),
      lastSnapshot: { asOf: '2026-10-01' },
    });
  });

  it('prints people-readable Russian text without --json', () => {
    const res = runCliProcess(['info', '--db', path.join(dir, 'demo.profreestr')]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Регион: Заозёрская областная организация/);
    expect(res.stdout).toMatch(/Данные на: 01\.10\.2026/);
  });

  it('writes a whole-union file with --union', () => {
    const out = path.join(dir, 'union.profreestr');
    const res = runCliProcess(['demo', '--out', out, '--members', '8000', '--union']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Демонстрационный файл всего Профсоюза записан');
    expect(res.stdout).toContain('Профессиональный союз работников народного образования и науки Российской Федерации');
    const info = runCliProcess(['info', '--db', out]);
    expect(info.stdout).toMatch(/Регион: Профессиональный союз работников/);
  });

  it('refuses to overwrite without --force (exit 1, file untouched)', () => {
    const out = path.join(dir, 'keep.profreestr');
    fs.writeFileSync(out, 'мои данные');
    const res = runCliProcess(['demo', '--out', out, '--members', '100']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('уже существует');
    expect(fs.readFileSync(out, 'utf8')).toBe('мои данные');
  });

  it.each([
    [['info'], 'Не указан обязательный параметр --db'],
    [['info', '--db', '/нет/такого.profreestr'], 'не найден'],
    [['demo', '--out', 'x.profreestr', '--members', 'много'], '«много» — не целое число'],
    [['demo', '--bogus'], 'Неизвестный параметр «--bogus»'],
    [['info', '--db'], 'неверное значение'],
    [['info', 'лишнее'], 'Лишнее слово «лишнее»'],
    [['fly'], 'Неизвестная команда «fly»'],
  ])('user error %j → exit 1 with a Russian message', (args, message) => {
    const res = runCliProcess(args);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(message);
  });

  it('--json errors are machine-readable too', () => {
    const res = runCliProcess(['info', '--db', '/нет/такого.profreestr', '--json']);
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout)).toMatchObject({ ok: false, error: { code: 'file_not_found' } });
  });
});
