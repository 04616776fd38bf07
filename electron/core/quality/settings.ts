// The data-quality settings in the file; a stored value that no longer reads is replaced by the
// defaults field by field, never refused (a settings row must not lock the page).
import type { Database } from 'better-sqlite3';
import { DEFAULT_QUALITY_SETTINGS, qualitySettingsSchema, type QualitySettings } from '../../../shared/quality/settings';

const KEY = 'quality.settings';

export function readQualitySettings(db: Database): QualitySettings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  let stored: unknown = {};
  try {
    stored = row ? JSON.parse(row.value) : {};
  } catch {
    stored = {};
  }
  const out: Record<string, unknown> = { ...DEFAULT_QUALITY_SETTINGS };
  const shape = qualitySettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof QualitySettings)[]) {
    const value = (stored as Record<string, unknown> | null)?.[key];
    if (shape[key].safeParse(value).success) out[key] = value;
  }
  return out as QualitySettings;
}

export function writeQualitySettings(db: Database, changes: Partial<QualitySettings>): QualitySettings {
  const next = qualitySettingsSchema.parse({ ...readQualitySettings(db), ...changes });
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
  return next;
}
