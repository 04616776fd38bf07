// A first look at a file: its sheets, the header, a few rows, what kind it seems to be and the
// mapping (remembered for this source, else found from the headers). Reads only the top rows.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ImportField, ImportInspection, ImportKindId } from '../../../shared/api/methods/import';
import { IMPORT_KINDS } from '../../../shared/api/methods/import';
import { cellText } from '../../../shared/values';
import { KINDS } from './fields';
import { recallMapping } from './mapping-store';
import { autoMapping, detectKind, resolveMapping } from './match/mapping';
import { defaultAsOf } from './run-import';
import { openImportSource } from './source';
import { IMPORT_TEXT } from './strings';

function fieldLists(): Record<ImportKindId, ImportField[]> {
  const lists = {} as Record<ImportKindId, ImportField[]>;
  for (const kind of IMPORT_KINDS) lists[kind] = KINDS[kind].fields.map((f) => ({ id: f.id, label: f.label }));
  return lists;
}

export async function inspectImport(
  db: Database | null,
  args: { path: string; sheet: string | null; kind: ImportKindId | null },
): Promise<ImportInspection> {
  const source = await openImportSource(args.path, args.sheet);
  source.table.close();
  const { table, header, sample } = source;
  const headers = header.headers;
  const detectedKind = detectKind(headers);
  const kind = args.kind ?? detectedKind ?? 'members';
  const remembered = db ? recallMapping(db, kind, headers) : null;
  const mapping = { ...autoMapping(kind, headers), ...(remembered ?? {}) };

  let problem: string | null = null;
  if (args.kind === null && detectedKind === null) problem = IMPORT_TEXT.match.unknownKind(table.fileName);
  else if (sample.length === 0) problem = IMPORT_TEXT.match.noData(table.fileName);
  else {
    try {
      resolveMapping(table.fileName, kind, headers, mapping);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      problem = err.message;
    }
  }

  return {
    path: table.path,
    fileName: table.fileName,
    format: table.format,
    sheets: table.sheets,
    sheet: table.sheet,
    encoding: table.encoding ? IMPORT_TEXT.encodings[table.encoding] : null,
    delimiter: table.delimiter ? IMPORT_TEXT.delimiters[table.delimiter] : null,
    headerRow: header.row,
    headers,
    sample: sample.map((r) => headers.map((_, i) => cellText(r.cells[i] ?? null))),
    detectedKind,
    kind,
    mapping,
    remembered: remembered !== null,
    fields: fieldLists(),
    problem,
    asOf: defaultAsOf(table.fileName),
  };
}
