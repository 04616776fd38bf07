// The grids' column choice, order and width, kept in the registry file's settings table: the
// browser mode's address (and so its localStorage) changes with every launch, the file does not.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { GridLayoutColumn } from '../../../shared/api/methods/edit';

const columnsSchema = z.array(
  z.object({ colId: z.string(), width: z.number().optional(), hide: z.boolean().optional() }).strip(),
);

const keyOf = (grid: string) => `ui.layout.${grid}`;

export function readLayout(db: Database, grid: string): GridLayoutColumn[] | null {
  const text = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(keyOf(grid)) as string | undefined;
  if (text === undefined) return null;
  try {
    const parsed = columnsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    // A damaged setting only costs the user the remembered layout.
    return null;
  }
}

export function writeLayout(db: Database, grid: string, columns: readonly GridLayoutColumn[]): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    keyOf(grid),
    JSON.stringify(columns),
  );
}
