// `npm run bench [-- ID …]`: runs each benchmark (all, or the named ones) in a fresh process so
// that peak memory is its own, compares it with its target, keeps the figures per case in
// docs/performance.json and rewrites docs/PERFORMANCE.md from them with the machine and date.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { formatDecimal, formatNumber, pluralForm } from '../../shared/ru';
import { BENCH_CASES, type BenchCase } from './cases';

const ROOT = path.resolve(__dirname, '..', '..');
const STORE = path.join(ROOT, 'docs', 'performance.json');

const resultSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  machine: z.string(),
  figures: z.record(z.string(), z.union([z.number(), z.string()])),
  targets: z.array(z.object({ label: z.string(), value: z.string(), limit: z.string(), met: z.boolean() })),
});
type Result = z.infer<typeof resultSchema>;

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'неизвестный процессор';
  return `${cpu}, ядер: ${os.cpus().length}, память: ${Math.round(os.totalmem() / 2 ** 30)} ГиБ, ${os.type()} ${os.release()}, Node.js ${process.version}`;
}

type Figures = Record<string, number | string>;

function runOnce(c: BenchCase): Figures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', c.script, ...(c.args ?? [])], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Figures;
}

/** A figure as the Russian documents write numbers (shared/ru); one a case failed to report stays visible as it is. */
const decimal = (value: number, digits: number) => (Number.isFinite(value) ? formatDecimal(value, digits) : String(value));

/** Each target's lowest and highest figure over the runs, as notes. */
function spread(c: BenchCase, runs: Figures[]): Result['targets'] {
  if (runs.length < 2) return [];
  const times = `${runs.length} ${pluralForm(runs.length, ['прогон', 'прогона', 'прогонов'])}`;
  return c.targets.map((t) => {
    const values = runs.map((r) => Number(r[t.figure]));
    const [low, high] = [Math.min(...values), Math.max(...values)];
    return { label: `${t.label}: разброс за ${times}`, value: `${decimal(low, t.digits ?? 2)}–${decimal(high, t.digits ?? 2)} ${t.unit}`, limit: '—', met: true };
  });
}

function run(c: BenchCase): Result {
  // A case run several times reports the run in the middle by its first target (the machine is
  // shared and its speed wanders), with the spread of every target beside it.
  const runs = Array.from({ length: c.runs ?? 1 }, () => runOnce(c));
  const first = c.targets[0]!.figure;
  const figures = [...runs].sort((a, b) => Number(a[first]) - Number(b[first]))[Math.floor((runs.length - 1) / 2)]!;
  return {
    id: c.id,
    title: c.title,
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
    figures,
    targets: [
      ...c.targets.map((t) => {
        const value = Number(figures[t.figure]);
        return {
          label: t.label,
          value: `${decimal(value, t.digits ?? 2)} ${t.unit}`,
          limit: `≤ ${formatNumber(t.max)} ${t.unit}`,
          met: Number.isFinite(value) && value <= t.max,
        };
      }),
      // Reported figures without a target: limit «—», never counted as missed.
      ...(c.notes ?? []).map((n) => ({
        label: n.label,
        value: `${decimal(Number(figures[n.figure]), n.digits ?? 2)} ${n.unit}`,
        limit: '—',
        met: true,
      })),
      ...spread(c, runs),
    ],
  };
}

function readStore(): Result[] {
  try {
    return z.array(resultSchema).parse(JSON.parse(fs.readFileSync(STORE, 'utf8')));
  } catch {
    return [];
  }
}

function render(results: Result[]): string {
  const rows = results.flatMap((r) =>
    r.targets.map((t) => `| ${r.title} | ${t.label} | ${t.value} | ${t.limit} | ${t.limit === '—' ? '—' : t.met ? 'да' : '**нет**'} | ${r.date} |`),
  );
  const machines = [...new Set(results.map((r) => r.machine))];
  return `# Производительность

Цифры снимает \`npm run bench\` (все замеры) или \`npm run bench -- ID …\` (выбранные); каждый
замер идёт в отдельном процессе, пиковая память — максимальный RSS этого процесса. Время —
только сама работа: закрытие файла и удаление временной папки замера в него не входят. Замер,
который повторяется несколько раз (машина общая, её скорость гуляет), показывает средний по
времени прогон и разброс всех прогонов. Тесты время не измеряют. Исходные цифры каждого замера — в \`docs/performance.json\`.

Машина: ${machines.join('; ')}.

| замер | что | результат | цель | достигнута | дата |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !BENCH_CASES.some((c) => c.id === id));
if (unknown.length > 0) {
  console.error(`Нет таких замеров: ${unknown.join(', ')}. Есть: ${BENCH_CASES.map((c) => c.id).join(', ')}.`);
  process.exit(1);
}
const chosen = wanted.length > 0 ? BENCH_CASES.filter((c) => wanted.includes(c.id)) : BENCH_CASES;
const stored = new Map(readStore().map((r) => [r.id, r]));
let allMet = true;
for (const c of chosen) {
  process.stderr.write(`… ${c.title}\n`);
  const result = run(c);
  stored.set(c.id, result);
  for (const t of result.targets) {
    allMet &&= t.met;
    const verdict = t.limit === '—' ? '' : ` (цель ${t.limit}) — ${t.met ? 'достигнута' : 'НЕ достигнута'}`;
    process.stderr.write(`  ${t.label}: ${t.value}${verdict}\n`);
  }
}
const ordered = BENCH_CASES.map((c) => stored.get(c.id)).filter((r): r is Result => r !== undefined);
fs.mkdirSync(path.dirname(STORE), { recursive: true });
fs.writeFileSync(STORE, `${JSON.stringify(ordered, null, 2)}\n`);
fs.writeFileSync(path.join(ROOT, 'docs', 'PERFORMANCE.md'), render(ordered));
process.stderr.write('Записано в docs/PERFORMANCE.md\n');
process.exitCode = allMet ? 0 : 1;
