// Target (issue 6): the member list of a 5,000-member organization as DOCX ≤ 3 s (the list built
// from the file, laid out, packed and written). The organization is the smallest one of the
// 200,000-member region with at least 5,000 members on registration in its subtree.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listArgsSchema } from '../../../shared/quality/lists';
import { openRegistryDb } from '../../../electron/core/db/open';
import { currentAsOf } from '../../../electron/core/indicators/current';
import { saveFileAtomic } from '../../../electron/core/documents/save-file';
import { buildList } from '../../../electron/core/quality/lists/build';
import { listDocx } from '../../../electron/core/quality/lists/docx';
import { loadOrgs } from '../../../electron/core/quality/orgs';
import { measure } from '../measure';
import { cachedRegion } from './cached-region';

const members = Number(process.argv[2] ?? 200_000);
const size = Number(process.argv[3] ?? 5000);
const db = openRegistryDb(cachedRegion(members));
const asOf = currentAsOf(db);
const orgs = loadOrgs(db, asOf);
const org = orgs.list.filter((o) => o.registered >= size).sort((a, b) => a.registered - b.registered)[0]!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profreestr-list-'));

void measure('quality-list', async () => {
  const list = buildList(db, orgs, asOf, listArgsSchema.parse({ kind: 'members', orgId: org.id }));
  const file = saveFileAtomic(path.join(dir, 'Список.docx'), await listDocx(list));
  const kb = fs.statSync(file).size / 1024;
  return { members: list.total, organizations: list.tables.length, kb };
}, () => fs.rmSync(dir, { recursive: true, force: true }));
