// Target (issue 6): 500 recommendation letters ≤ 10 s — in one DOCX, and one DOCX per
// organization in a folder; each with its workbook. Measured from a cold check run over a
// 200,000-member region (the first 500 organizations with problems, in tree order).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lettersArgsSchema } from '../../../shared/quality/letters';
import { openRegistryDb } from '../../../electron/core/db/open';
import { buildLetters } from '../../../electron/core/quality/letters/build';
import { writeLetters } from '../../../electron/core/quality/letters/write';
import { checkSession } from '../../../electron/core/quality/run';
import { measure } from '../measure';
import { cachedRegion } from './cached-region';

const members = Number(process.argv[2] ?? 200_000);
const count = Number(process.argv[3] ?? 500);
const db = openRegistryDb(cachedRegion(members));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profreestr-letters-'));
const orgIds = buildLetters(checkSession(db, { cardDays: 60 }), { checks: null, orgIds: null })
  .slice(0, count)
  .map((l) => l.org.id);
// A fresh connection: the measured runs start from nothing computed.
db.close();

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

void measure('quality-letters', async () => {
  const single = openRegistryDb(cachedRegion(members));
  const singleSeconds = await timed(() =>
    writeLetters(checkSession(single, { cardDays: 60 }), lettersArgsSchema.parse({ mode: 'single', path: path.join(dir, 'Письма.docx'), orgIds })),
  );
  single.close();
  const perOrg = openRegistryDb(cachedRegion(members));
  const perOrgSeconds = await timed(() =>
    writeLetters(checkSession(perOrg, { cardDays: 60 }), lettersArgsSchema.parse({ mode: 'perOrg', path: path.join(dir, 'Письма'), orgIds })),
  );
  perOrg.close();
  const files = fs.readdirSync(path.join(dir, 'Письма')).length;
  return { letters: orgIds.length, files, singleSeconds, perOrgSeconds };
}, () => fs.rmSync(dir, { recursive: true, force: true }));
