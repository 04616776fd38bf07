// Mappings remembered per source: a file with the same headers (the same AIS export, the same
// home-made sheet) gets the mapping the user last confirmed for it. Kept in the registry's
// settings, so it travels with the file.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { columnMapSchema } from '../../../shared/api/methods/import';
import type { ImportKind } from './fields';
import { headerKey } from './match/header-key';
import type { ColumnMap } from './match/mapping';

function settingKey(kind: ImportKind, headers: readonly string[]): string {
  const signature = createHash('sha1').update(headers.map(headerKey).join('\u0001')).digest('hex').slice(0, 16);
  return `import.mapping.${kind}.${signature}`;
}

export function recallMapping(db: Database, kind: ImportKind, headers: readonly string[]): ColumnMap | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(settingKey(kind, headers)) as { value: string } | undefined;
  if (!row) return null;
  try {
    const parsed = columnMapSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberMapping(db: Database, kind: ImportKind, headers: readonly string[], columns: ColumnMap): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    settingKey(kind, headers),
    JSON.stringify(columns),
  );
}
