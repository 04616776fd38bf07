// `npm run bench`: runs each benchmark in a fresh process (so peak memory is its own), compares
// it with its target and writes docs/PERFORMANCE.md with the machine and the date.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Case {
  title: string;
  script: string;
  args: string[];
  target: { seconds: number; peakMb: number };
}

const ROOT = path.resolve(__dirname, '..', '..');
const CASES: Case[] = [
  {
    title: 'Демонстрационный регион, 200 000 членов Профсоюза (`profreestr demo --members 200000`)',
    script: 'tests/bench/cases/demo.ts',
    args: ['200000'],
    target: { seconds: 10, peakMb: 500 },
  },
];

interface Figures {
  seconds: number;
  peakMb: number;
  [k: string]: number | string;
}

function run(c: Case): Figures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', c.script, ...c.args], { cwd: ROOT, encoding: 'utf8' });
  const line = out.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as Figures;
}

const fmt = (x: number, d = 2) => x.toFixed(d).replace('.', ',');
const rows: string[] = [];
let allMet = true;
for (const c of CASES) {
  process.stderr.write(`… ${c.title}\n`);
  const f = run(c);
  const met = f.seconds <= c.target.seconds && f.peakMb <= c.target.peakMb;
  allMet &&= met;
  rows.push(
    `| ${c.title} | ${fmt(f.seconds)} с (цель ≤ ${c.target.seconds} с) | ${fmt(f.peakMb, 0)} МБ (цель ≤ ${c.target.peakMb} МБ) | ${met ? 'да' : '**нет**'} |`,
  );
  process.stderr.write(`  ${fmt(f.seconds)} с, ${fmt(f.peakMb, 0)} МБ — ${met ? 'цель достигнута' : 'цель НЕ достигнута'}\n`);
}

const cpu = os.cpus()[0]?.model ?? 'неизвестный процессор';
const doc = `# Производительность

Цифры снимает \`npm run bench\` (каждый замер — в отдельном процессе; пиковая память —
максимальный RSS процесса). Тесты время не измеряют.

Последний замер: ${new Date().toISOString().slice(0, 10)}; машина: ${cpu}, ядер: ${os.cpus().length},
память: ${Math.round(os.totalmem() / 2 ** 30)} ГиБ, ${os.type()} ${os.release()}, Node.js ${process.version}.

| замер | время | пиковая память | цель достигнута |
|---|---|---|---|
${rows.join('\n')}
`;
fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'docs', 'PERFORMANCE.md'), doc);
process.stderr.write('Записано в docs/PERFORMANCE.md\n');
process.exitCode = allMet ? 0 : 1;
