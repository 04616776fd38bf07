// Targets (import issue): 200,000 members from CSV ≤ 4 s end to end (read, check, write,
// indexes, snapshot indicators, commit), from XLSX ≤ 12 s, peak memory ≤ 600 MB. The registry
// already holds the region's organizations; the members table is empty (a first load). The
// floor, reported beside: sqlite3's .import of the same CSV into a plain table.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../../electron/core';
import { bundledWorkers, sourceWorkers } from '../../../electron/core/workers';
import { measure } from '../measure';
import { importInputs } from './import-inputs';

const members = Number(process.argv[2] ?? 200_000);
const format = process.argv[3] === 'xlsx' ? 'xlsx' : 'csv';
const inputs = importInputs(members);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profreestr-bench-import-'));
const registry = path.join(dir, 'Регион.profreestr');
fs.copyFileSync(inputs.orgsOnly, registry);

/** sqlite3 .import of the same rows into a new plain table: no checks, no indexes. */
function floorSeconds(): number {
  const db = path.join(dir, 'floor.db');
  const start = process.hrtime.bigint();
  execFileSync('sqlite3', [db, '-cmd', '.mode csv', '-cmd', '.separator ;', `.import '${inputs.plainCsv.replace(/'/g, "''")}' raw`]);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// The helper threads as the app runs them: the built ones (npm start and npm test build them),
// else from the TypeScript source, which then pays for compiling them at their start.
const built = bundledWorkers(path.resolve(__dirname, '../../../out/main'));
const source = sourceWorkers();
const workers = { importRows: built.importRows ?? source.importRows, checkpoint: built.checkpoint ?? source.checkpoint };
const core = createCore({ dataDir: dir, mode: 'cli', keepRecent: false, workers });
// The floor first, in sqlite3's own process: it does not count towards this process's peak.
const floor = floorSeconds();
void core.invoke('registry.open', { path: registry }).then(() =>
  measure(
    `import-${format}`,
    async () => {
      const start = process.hrtime.bigint();
      const summary = await core.invoke('import.commit', { path: format === 'xlsx' ? inputs.membersXlsx : inputs.membersCsv, kind: 'members' });
      const ours = Number(process.hrtime.bigint() - start) / 1e9;
      return { added: summary.counts.added, skipped: summary.counts.skipped, rows: summary.counts.rows, floorSeconds: floor, ratio: ours / floor };
    },
    // Closing the registry waits for the log's copy into the file, which the app does in a
    // thread after the answer (docs/IMPORT.md): not part of the import.
    () => {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  ),
);
