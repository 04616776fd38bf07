// Benchmark inputs for the import: the 200,000-member demo region exported by our own export
// (organizations CSV, members CSV and XLSX), a BOM-less copy of the CSV for sqlite3's .import,
// and a registry holding only the organizations. Made once by a child process (so the measuring
// process's peak memory is its own) and cached; nothing is committed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cachedRegion, CACHE_DIR } from './cached-region';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface ImportInputs {
  orgsCsv: string;
  membersCsv: string;
  membersXlsx: string;
  /** The members CSV without its BOM, for sqlite3's .import. */
  plainCsv: string;
  /** A registry with the organizations loaded and no members: the first load of a region. */
  orgsOnly: string;
}

const cli = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

export function importInputs(members: number): ImportInputs {
  const dir = path.join(CACHE_DIR, `import-${members}`);
  const inputs: ImportInputs = {
    orgsCsv: path.join(dir, 'Организации.csv'),
    membersCsv: path.join(dir, 'Члены.csv'),
    membersXlsx: path.join(dir, 'Члены.xlsx'),
    plainCsv: path.join(dir, 'members-plain.csv'),
    orgsOnly: path.join(dir, 'organizations-only.profreestr'),
  };
  if (Object.values(inputs).every((f) => fs.existsSync(f))) return inputs;
  fs.mkdirSync(dir, { recursive: true });
  const region = cachedRegion(members);
  process.stderr.write(`  готовятся файлы для замеров импорта (один раз, в ${dir}) …\n`);
  cli(['export', 'orgs', '--db', region, '--out', inputs.orgsCsv]);
  cli(['export', 'members', '--db', region, '--out', inputs.membersCsv, '--removed']);
  cli(['export', 'members', '--db', region, '--out', inputs.membersXlsx, '--removed']);
  fs.writeFileSync(inputs.plainCsv, fs.readFileSync(inputs.membersCsv).subarray(3));
  fs.rmSync(inputs.orgsOnly, { force: true });
  cli(['import', inputs.orgsCsv, '--db', inputs.orgsOnly, '--kind', 'orgs']);
  return inputs;
}
