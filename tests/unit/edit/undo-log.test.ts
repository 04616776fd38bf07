import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/core/edit/actions';
import { applyFieldChanges } from '../../../electron/core/edit/apply';
import { redoNext, undoLast, undoState } from '../../../electron/core/edit/undo';
import { openRegistryDb } from '../../../electron/core/db/open';
import { AppError } from '../../../shared/api/errors';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

let dir: string;
let cleanup: () => void;
let file: string;
let db: Database;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = path.join(dir, 'r.profreestr');
  db = writeSmallRegion(file);
});
afterEach(() => {
  if (db.open) db.close();
  cleanup();
});

const email = (id: number) => db.prepare('SELECT email FROM members WHERE id = ?').pluck().get(id);
const fio = (id: number) => db.prepare('SELECT surname, fio_norm FROM members WHERE id = ?').get(id);
const setEmail = (id: number, value: string, source: 'edit' | 'paste' = 'edit') =>
  applyFieldChanges(db, { source, label: `e-mail ${value}` }, [{ entity: 'member', id, field: 'email', value }]);

describe('the action log', () => {
  it('writes one action with old and new values per field, in one transaction', () => {
    const out = applyFieldChanges(db, { source: 'paste', label: 'Вставка' }, [
      { entity: 'member', id: 1, field: 'email', value: ' Anna@Mail.RU ' },
      { entity: 'member', id: 1, field: 'cardStatus', value: 'выдана' },
      { entity: 'member', id: 2, field: 'birthDate', value: '05.03.1980' },
      { entity: 'organization', id: 4, field: 'statMembers', value: '1 234' },
    ]);
    expect(out.changed).toBe(3); // card status of member 1 is already «выдан»
    expect(out.action).toMatchObject({ source: 'paste', label: 'Вставка' });
    const changes = db.prepare('SELECT action_id, entity, entity_id, field, old_value, new_value, source FROM changes ORDER BY id').all();
    expect(changes).toEqual([
      { action_id: out.action!.id, entity: 'member', entity_id: 1, field: 'email', old_value: null, new_value: 'anna@mail.ru', source: 'paste' },
      { action_id: out.action!.id, entity: 'member', entity_id: 2, field: 'birth_date', old_value: '1975-01-02', new_value: '1980-03-05', source: 'paste' },
      { action_id: out.action!.id, entity: 'organization', entity_id: 4, field: 'stat_members', old_value: '3', new_value: '1234', source: 'paste' },
    ]);
  });

  it('refuses everything when one value is invalid, naming the record, field and problem', () => {
    let error: unknown;
    try {
      applyFieldChanges(db, { source: 'paste', label: 'Вставка' }, [
        { entity: 'member', id: 1, field: 'email', value: 'good@mail.ru' },
        { entity: 'member', id: 2, field: 'email', value: 'не почта' },
      ]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain('Петров С.И., № 2, «E-mail»: «не почта» — не адрес электронной почты');
    expect(email(1)).toBeNull();
    expect(db.prepare('SELECT count(*) FROM actions').pluck().get()).toBe(0);
  });

  it('refuses a rule broken across fields after writing, and rolls back', () => {
    expect(() => applyFieldChanges(db, { source: 'edit', label: 'x' }, [
      { entity: 'organization', id: 2, field: 'chairTermStart', value: '01.02.2025' },
      { entity: 'organization', id: 2, field: 'chairTermEnd', value: '01.02.2024' },
    ])).toThrow(/окончание срока полномочий раньше его начала/);
    expect(db.prepare('SELECT chair_term_start FROM organizations WHERE id = 2').pluck().get()).toBeNull();
  });

  it('an action that changes nothing is not recorded and keeps the redo history', () => {
    setEmail(1, 'a@b.ru');
    undoLast(db);
    const same = applyFieldChanges(db, { source: 'edit', label: 'то же' }, [{ entity: 'member', id: 2, field: 'surname', value: 'Петров' }]);
    expect(same.action).toBeNull();
    expect(undoState(db).redo?.label).toBe('e-mail a@b.ru');
  });

  it('undo puts values back, redo writes them again, derived columns follow', () => {
    applyFieldChanges(db, { source: 'edit', label: 'ФИО' }, [{ entity: 'member', id: 1, field: 'surname', value: 'ёлочкина' }]);
    expect(fio(1)).toEqual({ surname: 'Ёлочкина', fio_norm: 'елочкина анна петровна' });
    const undone = undoLast(db);
    expect(undone.action.label).toBe('ФИО');
    expect(undone.entities).toEqual(['member']);
    expect(fio(1)).toEqual({ surname: 'Иванова', fio_norm: 'иванова анна петровна' });
    expect(undone.undo).toEqual({ undo: null, redo: expect.objectContaining({ label: 'ФИО' }) });
    redoNext(db);
    expect(fio(1)).toEqual({ surname: 'Ёлочкина', fio_norm: 'елочкина анна петровна' });
    expect(() => redoNext(db)).toThrow(/Повторять нечего/);
  });

  it('undoes in reverse order and a new action ends the redo history', () => {
    setEmail(1, 'a@b.ru');
    setEmail(1, 'c@d.ru');
    setEmail(1, 'e@f.ru');
    undoLast(db);
    undoLast(db);
    expect(email(1)).toBe('a@b.ru');
    setEmail(2, 'x@y.ru');
    expect(undoState(db).redo).toBeNull();
    expect(db.prepare("SELECT count(*) FROM changes WHERE new_value IN ('c@d.ru', 'e@f.ru')").pluck().get()).toBe(0);
    undoLast(db);
    undoLast(db);
    expect([email(1), email(2)]).toEqual([null, null]);
    expect(() => undoLast(db)).toThrow(/Отменять нечего/);
  });

  it('keeps at least the last 100 actions undoable after closing and reopening the file', () => {
    for (let i = 1; i <= 120; i++) setEmail(1 + (i % 5), `user${i}@mail.ru`);
    db.close();
    db = openRegistryDb(file);
    for (let i = 120; i >= 21; i--) {
      expect(undoLast(db).action.label).toBe(`e-mail user${i}@mail.ru`);
    }
    // After 100 undos the members hold the values of action 20 and before.
    expect(email(1 + (20 % 5))).toBe('user20@mail.ru');
    db.close();
    db = openRegistryDb(file);
    expect(redoNext(db).action.label).toBe('e-mail user21@mail.ru');
    expect(email(1 + (21 % 5))).toBe('user21@mail.ru');
  });

  it('refuses to undo over a value changed outside the log, and changes nothing', () => {
    setEmail(1, 'a@b.ru');
    setEmail(2, 'b@b.ru');
    db.prepare("UPDATE members SET email = 'outside@b.ru' WHERE id = 2").run();
    expect(() => undoLast(db)).toThrow(/нельзя отменить: поле «E-mail» \(Петров С\.И\., № 2\) с тех пор изменено/);
    expect(email(2)).toBe('outside@b.ru');
    expect(undoState(db).undo?.label).toBe('e-mail b@b.ru');
  });

  it('records creation and deletion whole, and undoes them', () => {
    const created = runAction(db, { source: 'import', label: 'новая' }, (w) =>
      w.insert('organization', { code: 'X1', parent_id: 1, level: 'local', name: 'Новая' }, () => 'Новая'),
    );
    const id = created.result;
    expect(db.prepare('SELECT name FROM organizations WHERE id = ?').pluck().get(id)).toBe('Новая');
    runAction(db, { source: 'edit', label: 'удалить' }, (w) => w.remove('organization', id, () => 'Новая'));
    expect(db.prepare('SELECT count(*) FROM organizations WHERE id = ?').pluck().get(id)).toBe(0);
    undoLast(db);
    expect(db.prepare('SELECT code, level FROM organizations WHERE id = ?').get(id)).toEqual({ code: 'X1', level: 'local' });
    undoLast(db);
    expect(db.prepare('SELECT count(*) FROM organizations WHERE id = ?').pluck().get(id)).toBe(0);
    redoNext(db);
    expect(db.prepare('SELECT name FROM organizations WHERE id = ?').pluck().get(id)).toBe('Новая');
  });

  it('a failure inside an action leaves no trace', () => {
    expect(() =>
      runAction(db, { source: 'edit', label: 'сбой' }, (w) => {
        w.update('member', 1, { email: 'a@b.ru' }, () => 'x');
        throw new Error('сбой посередине');
      }),
    ).toThrow('сбой посередине');
    expect(email(1)).toBeNull();
    expect(db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(0);
  });
});
