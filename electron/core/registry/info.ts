import path from 'node:path';
import type { Snapshot, RegistryInfo } from '../../../shared/domain/types';
import type { OpenRegistry } from '../context';
import { userVersion } from '../db/migrate';

export interface SnapshotRecord {
  id: number;
  as_of: string;
  source: string;
  created_at: string;
  org_count: number;
  member_count: number;
}

export function toSnapshot(r: SnapshotRecord): Snapshot {
  return {
    id: r.id,
    asOf: r.as_of,
    source: r.source,
    createdAt: r.created_at,
    orgCount: r.org_count,
    memberCount: r.member_count,
  };
}

/** A JSON setting, or null when absent or unreadable. */
export function readSetting(reg: OpenRegistry, key: string): unknown {
  const row = reg.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return null;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return null;
  }
}

export function registryInfo(reg: OpenRegistry): RegistryInfo {
  const { db } = reg;
  const snapshot = db
    .prepare('SELECT id, as_of, source, created_at, org_count, member_count FROM snapshots ORDER BY as_of DESC, id DESC LIMIT 1')
    .get() as SnapshotRecord | undefined;
  const orgCount = (db.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number }).n;
  const memberCount = (db.prepare('SELECT count(*) AS n FROM members WHERE removed_on IS NULL').get() as { n: number }).n;
  const setName = readSetting(reg, 'region.name');
  const root = db
    .prepare('SELECT name FROM organizations WHERE parent_id IS NULL ORDER BY id LIMIT 1')
    .get() as { name: string } | undefined;
  return {
    path: reg.path,
    fileName: path.basename(reg.path),
    schemaVersion: userVersion(db),
    regionName: typeof setName === 'string' ? setName : (root?.name ?? null),
    lastSnapshot: snapshot ? toSnapshot(snapshot) : null,
    orgCount,
    memberCount,
  };
}
