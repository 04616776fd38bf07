// Target (issue 4): the presidium resolution with its appendix (five tables) ≤ 1,5 s, for a
// 200,000-member region: indicators, text, tables and the DOCX bytes.
import { openRegistryDb } from '../../../electron/core/db/open';
import { fileContext, resolutionDefaults } from '../../../electron/core/documents/defaults';
import { renderDocument } from '../../../electron/core/documents/generate';
import { measure } from '../measure';
import { cachedRegion } from './cached-region';

const members = Number(process.argv[2] ?? 200_000);
const db = openRegistryDb(cachedRegion(members));
void measure('resolution', async () => {
  const settings = resolutionDefaults(fileContext(db), '2026-11-20');
  const docx = await renderDocument(db, 'resolution', settings);
  return { docxKb: docx.length / 1024 };
});
