import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';
import { runCaptured } from './capture';

let dir: string;
let file: string;
let cleanup: () => void;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'small.profreestr');
  writeSmallRegion(file).close();
});
afterAll(() => cleanup());

const isDocx = (f: string) => fs.readFileSync(f).subarray(0, 2).toString('latin1') === 'PK';

describe('profreestr doc', () => {
  it('writes each kind of document, with settings from a file over the defaults', async () => {
    const settings = path.join(dir, 'settings.json');
    fs.writeFileSync(settings, JSON.stringify({ number: '3-7', date: '2026-12-24' }));
    for (const kind of ['resolution', 'appendix', 'contest']) {
      const out = path.join(dir, `${kind}.docx`);
      const args = ['doc', kind, '--db', file, '--out', out, '--json'];
      if (kind !== 'appendix') args.push('--settings', settings);
      const res = await runCaptured(args);
      expect(res.code, res.stderr).toBe(0);
      expect(isDocx(out)).toBe(true);
      const json = JSON.parse(res.stdout) as { settings: Record<string, unknown> };
      if (kind !== 'appendix') expect(json.settings).toMatchObject({ number: '3-7', date: '2026-12-24', body: 'ПРЕЗИДИУМ' });
    }
  });

  it('names the settings file and the field that is wrong, and writes nothing', async () => {
    const bad = path.join(dir, 'bad.json');
    const out = path.join(dir, 'never.docx');
    fs.writeFileSync(bad, JSON.stringify({ deadline: '01.12.2026' }));
    let res = await runCaptured(['doc', 'resolution', '--db', file, '--out', out, '--settings', bad]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`Файл настроек «${bad}»: поле «deadline»`);
    fs.writeFileSync(bad, JSON.stringify({ dedline: '2026-12-01' }));
    res = await runCaptured(['doc', 'resolution', '--db', file, '--out', out, '--settings', bad]);
    expect(res.stderr).toContain('неизвестное поле «dedline»');
    fs.writeFileSync(bad, '{ не json');
    res = await runCaptured(['doc', 'resolution', '--db', file, '--out', out, '--settings', bad]);
    expect(res.stderr).toContain('— не JSON');
    res = await runCaptured(['doc', 'letter', '--db', file, '--out', out]);
    expect(res.stderr).toContain('Неизвестный вид документа «letter»');
    expect(fs.existsSync(out)).toBe(false);
  });
});
