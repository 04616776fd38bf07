// Writes the import templates into resources/templates/ (committed with this script):
//   npx tsx scripts/make-import-templates.ts
// The app saves the same workbooks from Файл → Шаблоны импорта (electron/core/import/templates.ts).
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_KINDS } from '../shared/api/methods/import';
import { TEMPLATE_FILES, templateWorkbook } from '../electron/core/import/templates';

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '..', 'resources', 'templates');
  fs.mkdirSync(dir, { recursive: true });
  for (const kind of IMPORT_KINDS) {
    const file = path.join(dir, TEMPLATE_FILES[kind]);
    fs.writeFileSync(file, await templateWorkbook(kind));
    process.stdout.write(`${file}\n`);
  }
}

void main();
