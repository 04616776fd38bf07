// Drafts kept in the file (table documents): created from the data, edited part by part, and
// regenerated with fresh data. Regeneration keeps the user's edits to fixed text (parts that do
// not depend on the data) and replaces data parts, telling which edited ones it replaced.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import {
  DOCUMENT_KINDS,
  partSchema,
  type DocumentDraft,
  type DocumentKind,
  type DraftContent,
  type DraftPart,
  type DraftSummary,
} from '../../../shared/domain/documents';
import { generateDraft, parseSettings } from './generate';
import { checkedSettings } from './settings';

interface DocumentRecord {
  id: number;
  kind: string;
  title: string;
  created_at: string;
  updated_at: string;
  content: string;
}

const contentSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  settings: z.unknown(),
  parts: z.array(partSchema),
  asOf: z.string(),
  warnings: z.array(z.string()),
});


const now = (): string => new Date().toISOString();
const titleOf = (content: DraftContent): string => (content.settings.title.split('\n')[0] ?? '').trim() || 'Без названия';

function readContent(r: DocumentRecord): DraftContent {
  try {
    const c = contentSchema.parse(JSON.parse(r.content));
    return { ...c, settings: parseSettings(c.kind, c.settings) };
  } catch {
    throw new AppError('corrupt', `Черновик № ${r.id} «${r.title}» повреждён или записан неизвестной версией программы.`);
  }
}

function toDraft(r: DocumentRecord): DocumentDraft {
  return { id: r.id, title: r.title, createdAt: r.created_at, updatedAt: r.updated_at, ...readContent(r) };
}

function record(db: Database, id: number): DocumentRecord {
  const r = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRecord | undefined;
  if (!r) throw new AppError('not_found', `Черновик документа № ${id} не найден в файле.`);
  return r;
}

export function listDrafts(db: Database): DraftSummary[] {
  const rows = db.prepare('SELECT id, kind, title, updated_at FROM documents ORDER BY updated_at DESC, id DESC').all() as DocumentRecord[];
  return rows
    .filter((r) => (DOCUMENT_KINDS as readonly string[]).includes(r.kind))
    .map((r) => ({ id: r.id, kind: r.kind as DocumentKind, title: r.title, updatedAt: r.updated_at }));
}

export function getDraft(db: Database, id: number): DocumentDraft {
  return toDraft(record(db, id));
}

export function createDraft(db: Database, kind: DocumentKind, settings: unknown): DocumentDraft {
  const content = generateDraft(db, kind, checkedSettings(kind, settings, 'Настройки документа'));
  const at = now();
  const info = db
    .prepare('INSERT INTO documents (kind, title, created_at, updated_at, content) VALUES (?, ?, ?, ?, ?)')
    .run(kind, titleOf(content), at, at, JSON.stringify(content));
  return getDraft(db, Number(info.lastInsertRowid));
}

function write(db: Database, id: number, content: DraftContent): DocumentDraft {
  db.prepare('UPDATE documents SET title = ?, updated_at = ?, content = ? WHERE id = ?').run(titleOf(content), now(), JSON.stringify(content), id);
  return getDraft(db, id);
}

/**
 * Saves the user's settings and part texts. Parts are matched by key; a part the draft does not
 * have is refused (it would print nothing), so a stale editor cannot lose text silently.
 */
export function saveDraft(db: Database, id: number, changes: { settings?: unknown; parts?: Array<Pick<DraftPart, 'key' | 'edited'>> }): DocumentDraft {
  const draft = getDraft(db, id);
  const settings = changes.settings === undefined ? draft.settings : checkedSettings(draft.kind, changes.settings, 'Настройки документа');
  const edits = new Map((changes.parts ?? []).map((p) => [p.key, p.edited]));
  const unknown = [...edits.keys()].filter((k) => !draft.parts.some((p) => p.key === k));
  if (unknown.length > 0) {
    throw new AppError('conflict', `В черновике нет частей ${unknown.map((k) => `«${k}»`).join(', ')}: обновите черновик и повторите правку.`);
  }
  const parts = draft.parts.map((p) => {
    if (!edits.has(p.key)) return p;
    const edited = edits.get(p.key) ?? null;
    return { ...p, edited: edited === p.generated ? null : edited };
  });
  return write(db, id, { kind: draft.kind, settings, parts, asOf: draft.asOf, warnings: draft.warnings });
}

/** Merges a fresh generation with the user's edits: fixed edits stay, data parts are replaced. */
export function mergeEdits(previous: readonly DraftPart[], fresh: readonly DraftPart[]): { parts: DraftPart[]; replaced: string[] } {
  const old = new Map(previous.map((p) => [p.key, p]));
  const replaced: string[] = [];
  const parts = fresh.map((p) => {
    const before = old.get(p.key);
    if (!before || before.edited === null) return p;
    if (before.fixed && p.fixed) return { ...p, edited: before.edited === p.generated ? null : before.edited };
    replaced.push(p.key);
    return p;
  });
  for (const p of previous) if (p.edited !== null && !p.fixed && !fresh.some((f) => f.key === p.key)) replaced.push(p.key);
  return { parts, replaced };
}

export function regenerateDraft(db: Database, id: number): { draft: DocumentDraft; replaced: string[] } {
  const draft = getDraft(db, id);
  const fresh = generateDraft(db, draft.kind, draft.settings);
  const { parts, replaced } = mergeEdits(draft.parts, fresh.parts);
  return { draft: write(db, id, { ...fresh, parts }), replaced };
}

export function deleteDraft(db: Database, id: number): void {
  record(db, id);
  db.prepare('DELETE FROM documents WHERE id = ?').run(id);
}
