/** A benchmark: a script printing one JSON line of figures, and the targets it must meet. */
export interface BenchCase {
  id: string;
  title: string;
  script: string;
  args?: string[];
  targets: { label: string; figure: string; max: number; unit: string; digits?: number }[];
}

// Each feature registers its cases here (one entry per case).
export const BENCH_CASES: BenchCase[] = [
  {
    id: 'demo',
    title: 'Демонстрационный регион, 200 000 членов Профсоюза',
    script: 'tests/bench/cases/demo.ts',
    args: ['200000'],
    targets: [
      { label: 'время', figure: 'seconds', max: 10, unit: 'с' },
      { label: 'пиковая память', figure: 'peakMb', max: 500, unit: 'МБ', digits: 0 },
    ],
  },
];
