// The user's tier thresholds, kept in the file (settings 'indicators.thresholds') so every
// document and every colleague opening the file sees the same tiers.
import type { Database } from 'better-sqlite3';
import { DEFAULT_TIER_THRESHOLDS, type TierThresholds } from '../../../shared/domain/indicators';
import { thresholdsSchema } from '../../../shared/domain/thresholds';

const KEY = 'indicators.thresholds';

export function readThresholds(db: Database): TierThresholds {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return { ...DEFAULT_TIER_THRESHOLDS };
  try {
    const parsed = thresholdsSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : { ...DEFAULT_TIER_THRESHOLDS };
  } catch {
    return { ...DEFAULT_TIER_THRESHOLDS };
  }
}

export function writeThresholds(db: Database, t: TierThresholds): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    KEY,
    JSON.stringify(t),
  );
}
