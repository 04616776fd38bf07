// The member scan skips rows it judges plain. That must never hide a problem: every value of a
// skipped row reads back through its parser unchanged and its gender agrees with its patronymic.
// Tricky hand-picked values and thousands of random ones are put through the real scan.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeFio } from '../../../shared/domain/fio';
import { parseEmail, parseNamePart, parsePhone } from '../../../shared/values';
import { openRegistryDb } from '../../../electron/core/db/open';
import { patronymicGender } from '../../../electron/core/quality/checks/member-text';
import { textScan } from '../../../electron/core/quality/member-scan';
import { checkSession } from '../../../electron/core/quality/run';
import { tempDir } from '../../fixtures/temp';
import type { Database } from 'better-sqlite3';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const NAMES = ['Анна', 'анна', 'АННА', 'Ёлкина', 'ёлкина', 'Анна ', ' Анна', 'Анна-Мария', 'Оглы', 'Ибн', 'Улыбина', 'Иван2', 'Jane', 'А', '', 'Д’Артаньян', 'Рафик оглы', 'АннА'];
const PHONES = [null, '+79123456789', '+7912345678', '+791234567890', '89123456789', '+7 912 345 67 89', '+8912345678', '', ' +79123456789', '+7912345678a'];
const EMAILS = [null, 'a@b.ru', 'A@b.ru', 'a@b.r', 'a@b.r1', 'a..b@c.ru', '.a@b.ru', 'a.@b.ru', 'a@.b.ru', 'a@b_c.ru', 'a_b@c.ru', 'a@b@c.ru', 'a@b.ru ', '', 'mailto:a@b.ru', 'a@b', 'a-b.c@d-e.f.рф', 'a@b.info', 'a@b.c-d.ru'];
const PATRONYMICS = [null, 'Ильич', 'Ильинична', 'Петровна', 'Рафик оглы', 'Кызы', 'Петрович', 'ПЕТРОВНА', 'Юрьевича'];
const GENDERS = [null, 'male', 'female'];

function pick<T>(list: readonly T[], seed: number): T {
  return list[seed % list.length]!;
}

/** Mostly plain values (the first of each list), so that both kept and dropped rows are many. */
function rows(n: number) {
  let x = 12345;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648);
  const field = <T>(list: readonly T[], plain: T) => (rnd() % 10 < 8 ? plain : pick(list, rnd()));
  return Array.from({ length: n }, () => {
    const patronymic = field(PATRONYMICS, 'Петровна');
    return {
      surname: field(NAMES, 'Анна'),
      name: field(NAMES, 'Анна'),
      patronymic,
      gender: field(GENDERS, 'female'),
      phone: field(PHONES, '+79123456789'),
      email: field(EMAILS, 'a@b.ru'),
    };
  });
}

function fill(file: string, list: ReturnType<typeof rows>): Database {
  const db = openRegistryDb(file, { create: true });
  db.prepare("INSERT INTO organizations (id, code, level, name) VALUES (1, '1', 'primary', 'ППО')").run();
  const insert = db.prepare(
    'INSERT INTO members (org_id, surname, name, patronymic, gender, phone, email, fio_norm) VALUES (1, @surname, @name, @patronymic, @gender, @phone, @email, @norm)',
  );
  db.transaction(() => {
    for (const r of list) insert.run({ ...r, norm: normalizeFio(r.surname, r.name, r.patronymic) });
  })();
  return db;
}

const same = (parse: (v: string) => { ok: boolean; value?: unknown }, v: string | null) => v === null || (parse(v).ok && parse(v).value === v);

describe('the text prefilter', () => {
  it('keeps every row a parser would change or refuse, and drops only provably plain ones', () => {
    const list = rows(4000);
    const db = fill(path.join(dir, 'prefilter.profreestr'), list);
    const kept = new Set(textScan(checkSession(db, { cardDays: 60 }).ctx).map((r) => r.id));
    let dropped = 0;
    list.forEach((r, i) => {
      if (kept.has(i + 1)) return;
      dropped++;
      const plain =
        same(parseNamePart, r.surname) &&
        same(parseNamePart, r.name) &&
        same(parseNamePart, r.patronymic) &&
        same(parsePhone, r.phone) &&
        same(parseEmail, r.email) &&
        (r.gender === null || patronymicGender(r.patronymic) === null || patronymicGender(r.patronymic) === r.gender);
      expect(plain, JSON.stringify(r)).toBe(true);
    });
    // The test means something only if both kinds of rows occur.
    expect(dropped).toBeGreaterThan(20);
    expect(kept.size).toBeGreaterThan(1000);
    db.close();
  });
});
