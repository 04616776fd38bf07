// The rows of list exports, in the import templates' columns, so an exported list loads back
// unchanged: organizations in tree order, members exactly as the grid filters and sorts them.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { MemberQuery } from '../../../shared/api/memberQuery';
import { KINDS } from '../import/fields';
import { listMemberIds } from '../members/list';
import { exportCell } from './cells';
import { EXPORT_TEXT } from './strings';
import type { ExportCell } from './write/types';

type Row = Record<string, unknown>;
const CHUNK = 2000;

export interface ExportTable {
  sheet: string;
  headers: string[];
  /** Rows in chunks; the total when known in advance (for the progress bar). */
  chunks: Iterable<ExportCell[][]>;
  total: number | null;
}

const ORG_FIELDS = KINDS.orgs.fields.filter((f) => !f.helper);
const MEMBER_FIELDS = KINDS.members.fields.filter((f) => !f.helper);

export function orgTable(db: Database, orgId: number | null, subtree: boolean): ExportTable {
  const rows = db.prepare('SELECT * FROM organizations').all() as (Row & { id: number; parent_id: number | null; name: string; code: string })[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (orgId !== null && !byId.has(orgId)) throw new AppError('not_found', EXPORT_TEXT.orgNotFound(orgId));
  const children = new Map<number | null, typeof rows>();
  for (const r of rows) {
    const parent = r.parent_id !== null && byId.has(r.parent_id) ? r.parent_id : null;
    (children.get(parent) ?? children.set(parent, []).get(parent)!).push(r);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  // Depth first, each parent before its children, siblings by name: the tree as a list.
  const ordered: typeof rows = [];
  const seen = new Set<number>();
  const walk = (r: (typeof rows)[number]) => {
    if (seen.has(r.id)) return;
    seen.add(r.id);
    ordered.push(r);
    if (orgId === null || subtree) for (const c of children.get(r.id) ?? []) walk(c);
  };
  if (orgId === null) for (const r of children.get(null) ?? []) walk(r);
  else walk(byId.get(orgId)!);
  const cells = ordered.map((r) =>
    ORG_FIELDS.map((f) => {
      if (f.id === 'parentCode') return r.parent_id === null ? null : (byId.get(r.parent_id)?.code ?? null);
      return exportCell('organization', f.column!, r[f.column!]);
    }),
  );
  const chunks: ExportCell[][][] = [];
  for (let i = 0; i < cells.length; i += CHUNK) chunks.push(cells.slice(i, i + CHUNK));
  return { sheet: EXPORT_TEXT.sheets.orgs, headers: ORG_FIELDS.map((f) => f.label), chunks, total: cells.length };
}

export function memberTable(db: Database, query: MemberQuery, sort: { field: string; dir: 'asc' | 'desc' }[]): ExportTable {
  const ids = listMemberIds(db, { ...query, sort, offset: 0, limit: Number.MAX_SAFE_INTEGER });
  const headers = MEMBER_FIELDS.flatMap((f) => (f.id === 'orgCode' ? [f.label, EXPORT_TEXT.orgName] : [f.label]));
  const read = db.prepare(
    `SELECT m.*, o.code AS org_code, o.name AS org_name FROM members m JOIN organizations o ON o.id = m.org_id
      WHERE m.id IN (SELECT value FROM json_each(?))`,
  );
  function* chunks(): Iterable<ExportCell[][]> {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      const byId = new Map((read.all(JSON.stringify(part)) as (Row & { id: number })[]).map((r) => [r.id, r]));
      yield part.map((id) => {
        const r = byId.get(id)!;
        return MEMBER_FIELDS.flatMap((f): ExportCell[] =>
          f.id === 'orgCode' ? [String(r.org_code), String(r.org_name)] : [exportCell('member', f.column!, r[f.column!])],
        );
      });
    }
  }
  return { sheet: EXPORT_TEXT.sheets.members, headers, chunks: chunks(), total: ids.length };
}
