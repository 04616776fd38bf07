// A crash in the middle of a commit: the child process importing a large file is killed with
// SIGKILL inside its transaction; the registry then opens with the earlier data, intact.
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openRegistryDb } from '../../../electron/core/db/open';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

const ROOT = path.resolve(__dirname, '..', '..', '..');
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function contents(file: string): unknown {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return ['organizations', 'members', 'snapshots', 'changes', 'settings'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
  } finally {
    db.close();
  }
}

it('SIGKILL during a large commit leaves the registry exactly as before', async () => {
  const registry = path.join(dir, 'Регион.profreestr');
  writeSmallRegion(registry).close();
  const before = contents(registry);

  const csv = path.join(dir, 'большой.csv');
  const lines = ['ID в АИС;Код организации;Фамилия;Имя;Отчество;Дата рождения;Телефон'];
  for (let i = 0; i < 200_000; i++) lines.push(`${100_000 + i};${['111', '112', '121'][i % 3]};Фамилия;Имя;Отчество${i};01.01.1980;89120000000`);
  // The existing cards appear too, so the commit also updates rows it must not leave half-done.
  lines.push('1;111;Иванова;Анна;Петровна;01.05.1980;89123456789');
  fs.writeFileSync(csv, `\uFEFF${lines.join('\r\n')}\r\n`);

  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/fixtures/import/commit-child.ts'), registry, csv, path.join(dir, 'data')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const killedMidCommit = await new Promise<boolean>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no progress from the child:\n${output}`)), 90_000);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      output += c.toString();
      // «… строк/с» is reported between chunks inside the transaction; wait for a good part of it.
      const m = /PROGRESS (\d+) [^\n]*: ([\d\u00a0 ]+) строк,/.exec(output.split('\n').slice(-3).join('\n'));
      if (m && Number(m[2]!.replace(/\D/g, '')) >= 20_000 && child.exitCode === null) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve(!output.includes('DONE'));
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  await new Promise((r) => (child.exitCode === null && child.signalCode === null ? child.once('exit', r) : r(null)));
  expect(killedMidCommit, output).toBe(true);
  expect(child.signalCode).toBe('SIGKILL');
  // The unfinished transaction sits in the write-ahead log and must be ignored on open.
  expect(fs.existsSync(`${registry}-wal`)).toBe(true);

  const db = openRegistryDb(registry);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
  expect(contents(registry)).toEqual(before);
}, 180_000);
