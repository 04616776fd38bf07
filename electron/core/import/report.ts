// What an import found and did: counts, the first problems, samples of the changes. Lists are
// capped so a million bad rows cannot fill the memory; the counts stay exact.
import type {
  FieldUpdate,
  ImportCounts,
  ImportedRecord,
  ImportProblem,
  ImportReport,
} from '../../../shared/api/methods/import';
import { detach } from './detach';

export const LIMITS = { problems: 1000, updates: 500, adds: 200, missing: 500 } as const;

export class ImportLog {
  readonly counts: ImportCounts = {
    rows: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    fieldUpdates: 0,
    missing: 0,
    removed: 0,
    restored: 0,
    errors: 0,
    warnings: 0,
  };
  private readonly errors: ImportProblem[] = [];
  private readonly warnings: ImportProblem[] = [];
  private readonly reasons = new Map<string, number>();
  readonly updates: FieldUpdate[] = [];
  readonly adds: ImportedRecord[] = [];
  readonly missing: ImportedRecord[] = [];

  problem(p: ImportProblem): void {
    const list = p.severity === 'error' ? this.errors : this.warnings;
    if (p.severity === 'error') this.counts.errors++;
    else this.counts.warnings++;
    // Kept until the end of the pass: its text must not pin the file chunk it quotes.
    if (list.length < LIMITS.problems) list.push({ ...p, message: detach(p.message) });
  }

  problems(list: readonly ImportProblem[]): void {
    for (const p of list) this.problem(p);
  }

  /** A row not loaded: its problems and the reason the summary counts it under. */
  skip(reason: string, problems: readonly ImportProblem[]): void {
    this.counts.skipped++;
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
    this.problems(problems);
  }

  // Samples are built only while the list has room: formatting 200,000 of them costs seconds.
  update(sample: () => FieldUpdate): void {
    this.counts.fieldUpdates++;
    if (this.updates.length < LIMITS.updates) this.updates.push(sample());
  }

  add(sample: () => ImportedRecord): void {
    this.counts.added++;
    if (this.adds.length < LIMITS.adds) this.adds.push(sample());
  }

  absent(sample: () => ImportedRecord): void {
    this.counts.missing++;
    if (this.missing.length < LIMITS.missing) this.missing.push(sample());
  }

  report(base: Omit<ImportReport, 'counts' | 'skippedReasons' | 'problems' | 'updates' | 'adds' | 'missing'>): ImportReport {
    const problems = [...this.errors, ...this.warnings].slice(0, LIMITS.problems);
    const skippedReasons = [...this.reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
    return { ...base, counts: { ...this.counts }, skippedReasons, problems, updates: this.updates, adds: this.adds, missing: this.missing };
  }
}
