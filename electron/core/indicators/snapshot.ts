// Indicators stored with a snapshot (snapshots.indicators), so documents can compare dates after
// the data has changed. Each organization is stored with its OWN counts and its place in the
// tree (by AIS code), not rolled-up totals: a snapshot is then computed exactly like the current
// data, and an organization moved or added since compares by its code.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { ORG_LEVELS, ORG_STATUSES } from '../../../shared/domain/enums';
import { COUNT_KEYS } from '../../../shared/domain/indicators';
import { CASES } from '../../../shared/ru';
import { currentFacts } from './current';
import type { OrgFacts } from './facts';

export const SNAPSHOT_FORMAT_VERSION = 1;

const chairSchema = z.object({
  surname: z.string(),
  name: z.string().nullable(),
  patronymic: z.string().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
});

const storedSchema = z.object({
  version: z.literal(SNAPSHOT_FORMAT_VERSION),
  asOf: z.string(),
  /** The count names of `own`, in order: a later build with more counts still reads old snapshots. */
  keys: z.array(z.string()),
  orgs: z.array(
    z.object({
      code: z.string(),
      parent: z.string().nullable(),
      level: z.enum(ORG_LEVELS),
      status: z.enum(ORG_STATUSES),
      name: z.string(),
      short: z.string().nullable(),
      chair: chairSchema.nullable(),
      cases: z.partialRecord(z.enum(CASES), z.string()).nullable(),
      stat: z.number().nullable(),
      own: z.array(z.number()),
    }),
  ),
});
type Stored = z.infer<typeof storedSchema>;

interface SnapshotRecord {
  id: number;
  as_of: string;
  indicators: string | null;
}

function snapshotRecord(db: Database, snapshotId: number): SnapshotRecord {
  const row = db.prepare('SELECT id, as_of, indicators FROM snapshots WHERE id = ?').get(snapshotId) as SnapshotRecord | undefined;
  if (!row) throw new AppError('not_found', `Срез данных № ${snapshotId} не найден в файле.`);
  return row;
}

/**
 * Stores the per-organization indicator counts of the file's current data into the snapshot's
 * `indicators` column. Called when a load is committed (import, demo region), inside or after its
 * transaction; the term-of-office check uses the snapshot's date.
 */
export function captureSnapshotIndicators(db: Database, snapshotId: number): void {
  const { as_of: asOf } = snapshotRecord(db, snapshotId);
  const stored: Stored = {
    version: SNAPSHOT_FORMAT_VERSION,
    asOf,
    keys: [...COUNT_KEYS],
    orgs: currentFacts(db, asOf).map((f) => ({
      code: f.code,
      parent: f.parentCode,
      level: f.level,
      status: f.status,
      name: f.name,
      short: f.shortName,
      chair: f.chair,
      cases: f.nameCases,
      stat: f.statOwn,
      own: f.own,
    })),
  };
  db.prepare('UPDATE snapshots SET indicators = ? WHERE id = ?').run(JSON.stringify(stored), snapshotId);
}

/** The facts stored with a snapshot; counts the snapshot did not store are NaN («нет данных»). */
export function snapshotFacts(db: Database, snapshotId: number): { asOf: string; facts: OrgFacts[] } {
  const row = snapshotRecord(db, snapshotId);
  if (row.indicators === null) {
    throw new AppError(
      'not_found',
      `Для среза данных № ${snapshotId} на ${row.as_of} показатели не сохранены (срез записан до появления показателей). ` +
        'Выберите другой срез.',
    );
  }
  let stored: Stored;
  try {
    stored = storedSchema.parse(JSON.parse(row.indicators));
  } catch {
    throw new AppError('corrupt', `Показатели среза данных № ${snapshotId} повреждены или записаны неизвестной версией программы.`);
  }
  const position = COUNT_KEYS.map((k) => stored.keys.indexOf(k));
  const facts = stored.orgs.map(
    (o): OrgFacts => ({
      id: null,
      code: o.code,
      parentCode: o.parent,
      level: o.level,
      name: o.name,
      shortName: o.short,
      status: o.status,
      chair: o.chair,
      nameCases: o.cases,
      statOwn: o.stat,
      own: position.map((p) => (p < 0 ? Number.NaN : (o.own[p] ?? Number.NaN))),
    }),
  );
  return { asOf: stored.asOf, facts };
}
