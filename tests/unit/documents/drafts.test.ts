import type { Database } from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { partText } from '../../../shared/domain/documents';
import { fileContext, resolutionDefaults } from '../../../electron/core/documents/defaults';
import { createDraft, deleteDraft, getDraft, listDrafts, regenerateDraft, saveDraft } from '../../../electron/core/documents/drafts';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

let db: Database;
let cleanup: () => void;

beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  db = writeSmallRegion(path.join(t.dir, 'small.profreestr'));
});
afterEach(() => {
  db.close();
  cleanup();
});

const text = (draft: ReturnType<typeof getDraft>, key: string) => partText(draft.parts.find((p) => p.key === key)!);

describe('document drafts', () => {
  it('are created from the data, listed, edited and kept in the file', () => {
    const draft = createDraft(db, 'resolution', resolutionDefaults(fileContext(db), '2026-11-20'));
    expect(draft.title).toBe('О ходе реализации проекта «Цифровизация Общероссийского Профсоюза образования»');
    expect(listDrafts(db)).toEqual([expect.objectContaining({ id: draft.id, kind: 'resolution' })]);
    const saved = saveDraft(db, draft.id, { parts: [{ key: 'point.note', edited: 'Информацию председателя принять к сведению.' }] });
    expect(text(saved, 'point.note')).toBe('Информацию председателя принять к сведению.');
    expect(text(getDraft(db, draft.id), 'point.note')).toBe('Информацию председателя принять к сведению.');
    // Saving the generated text back clears the edit mark.
    const note = saved.parts.find((p) => p.key === 'point.note')!;
    expect(saveDraft(db, draft.id, { parts: [{ key: 'point.note', edited: note.generated }] }).parts.find((p) => p.key === 'point.note')!.edited).toBeNull();
  });

  it('regenerate with fresh data: keeps edits to fixed text, replaces edited figures and says so', () => {
    const draft = createDraft(db, 'resolution', resolutionDefaults(fileContext(db), '2026-11-20'));
    saveDraft(db, draft.id, {
      parts: [
        { key: 'point.analyse', edited: 'Председателям проанализировать итоги.' },
        { key: 'figures', edited: 'Старые цифры.' },
      ],
    });
    db.prepare("INSERT INTO members (org_id, surname, name, fio_norm, category) VALUES (6, 'Новикова', 'Анна', 'новикова анна', 'student')").run();
    const { draft: fresh, replaced } = regenerateDraft(db, draft.id);
    expect(text(fresh, 'point.analyse')).toBe('Председателям проанализировать итоги.');
    expect(text(fresh, 'figures')).toContain('состоят 7\u00a0членов Профсоюза');
    expect(replaced).toEqual(['figures']);
  });

  it('refuse an edit of a part the draft does not have, and a damaged draft', () => {
    const draft = createDraft(db, 'resolution', resolutionDefaults(fileContext(db), '2026-11-20'));
    expect(() => saveDraft(db, draft.id, { parts: [{ key: 'нет.такой', edited: 'x' }] })).toThrow(/нет частей «нет.такой»/);
    expect(() => saveDraft(db, draft.id, { settings: { ...draft.settings, date: '20.11.2026' } })).toThrow();
    db.prepare("UPDATE documents SET content = '{\"kind\":\"resolution\"}' WHERE id = ?").run(draft.id);
    expect(() => getDraft(db, draft.id)).toThrow(/повреждён/);
    deleteDraft(db, draft.id);
    expect(listDrafts(db)).toEqual([]);
    expect(() => getDraft(db, draft.id)).toThrow(/не найден/);
  });
});
