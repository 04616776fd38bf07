import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCsv, writeXlsx } from '../../fixtures/import/files';
import { dataOf, smallRegionCore, type Harness } from './core-helpers';

let h: Harness;
beforeEach(async () => (h = await smallRegionCore()));
afterEach(() => h.close());

const HEADER = ['ID в АИС', 'Код организации', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Статус ЭПБ', 'Телефон', 'E-mail'];
/** The small region's people as the AIS would export them, with a few changes. */
function regionRows(): string[][] {
  return [
    HEADER,
    ['1', '111', 'Иванова', 'Анна', 'Петровна', '01.05.1980', 'выдан', '8 (912) 345-67-89', ''],
    ['2', '111', 'Петров', 'Семён', 'Ильич', '02.01.1975', 'отказ', '', ''],
    ['3', '111', 'Ёлкина', 'Мария', 'Ивановна', '04.03.1990', 'доставлен в регион', '', 'ELKINA@mail.ru'],
    ['4', '112', 'Смирнова', 'Ольга', 'Сергеевна', '08.07.1985', 'доставлен в регион', '', ''],
    ['7', '121', 'Черных', 'Дарья', 'Никитична', '03.02.2004', 'выдан', '', ''],
    ['9', '121', 'Новикова', 'Полина', 'Олеговна', '15.09.2005', '', '', ''],
  ];
}

describe('import.preview and import.commit — members', () => {
  it('preview counts adds, field updates and missing members, and writes nothing', async () => {
    const file = writeCsv(path.join(h.dir, 'Члены 01.11.2026.csv'), regionRows());
    const before = dataOf(h);
    const preview = await h.core.invoke('import.preview', { path: file, kind: 'members' });
    expect(preview.counts).toMatchObject({ rows: 6, added: 1, updated: 2, unchanged: 3, skipped: 0, fieldUpdates: 3, missing: 1, errors: 0 });
    expect(preview.asOf).toBe('2026-11-01');
    expect(preview.updates).toEqual(
      expect.arrayContaining([
        { row: 2, key: '1', name: 'Иванова Анна Петровна', field: 'Телефон', old: '', new: '+79123456789' },
        { row: 4, key: '3', name: 'Ёлкина Мария Ивановна', field: 'Статус ЭПБ', old: '', new: 'доставлен в регион' },
        { row: 4, key: '3', name: 'Ёлкина Мария Ивановна', field: 'E-mail', old: '', new: 'elkina@mail.ru' },
      ]),
    );
    expect(preview.adds).toEqual([{ row: 7, key: '9', name: 'Новикова Полина Олеговна', org: 'ППО Озёрского колледжа' }]);
    expect(preview.missing).toEqual([{ row: null, key: '5', name: 'Ковальчук Ирина Львовна', org: 'ППО МБДОУ «Детский сад № 5»' }]);
    expect(dataOf(h)).toEqual(before);
  });

  it('commit writes exactly what the preview showed, logs changed fields, records a snapshot with indicators', async () => {
    const file = writeCsv(path.join(h.dir, 'Члены 01.11.2026.csv'), regionRows());
    const preview = await h.core.invoke('import.preview', { path: file, kind: 'members' });
    const summary = await h.core.invoke('import.commit', { path: file, kind: 'members', fingerprint: preview.fingerprint });
    expect(summary.counts).toEqual(preview.counts);
    const ivanova = h.peek<{ phone: string }>("SELECT phone FROM members WHERE ais_id = '1'")[0];
    expect(ivanova?.phone).toBe('+79123456789');
    const added = h.peek<{ org_id: number; fio_norm: string; category: string; pd_consent: number }>("SELECT * FROM members WHERE ais_id = '9'")[0];
    expect(added).toMatchObject({ org_id: 6, fio_norm: 'новикова полина олеговна', category: 'unset', pd_consent: 0 });
    const changes = h.peek<{ entity: string; field: string; old_value: string | null; new_value: string; source: string; action_id: null }>(
      'SELECT entity, field, old_value, new_value, source, action_id FROM changes ORDER BY id',
    );
    expect(changes).toEqual(
      expect.arrayContaining([
        { entity: 'member', field: 'phone', old_value: null, new_value: '+79123456789', source: 'import', action_id: null },
        { entity: 'member', field: 'card_status', old_value: null, new_value: 'delivered', source: 'import', action_id: null },
        { entity: 'member', field: 'email', old_value: null, new_value: 'elkina@mail.ru', source: 'import', action_id: null },
      ]),
    );
    expect(changes).toHaveLength(3);
    const snap = h.peek<{ id: number; as_of: string; source: string; member_count: number; indicators: string | null }>(
      'SELECT * FROM snapshots ORDER BY id DESC LIMIT 1',
    )[0]!;
    expect(snap).toMatchObject({ id: summary.snapshotId, as_of: '2026-11-01', source: 'Импорт (члены Профсоюза): Члены 01.11.2026.csv', member_count: 7 });
    expect(snap.indicators).not.toBeNull();
    // Nobody was taken off registration without consent.
    expect(h.peek("SELECT * FROM members WHERE removal_reason = 'not_in_export'")).toEqual([]);
  });

  it('makes a backup copy next to the file just before the commit; it holds the earlier data', async () => {
    const file = writeCsv(path.join(h.dir, 'm.csv'), regionRows());
    const summary = await h.core.invoke('import.commit', { path: file, kind: 'members' });
    expect(summary.backupPath).toMatch(/Регион — копия до импорта \d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2}\.profreestr$/);
    expect(path.dirname(summary.backupPath!)).toBe(h.dir);
    const copy = await import('better-sqlite3').then((m) => new m.default(summary.backupPath!, { readonly: true }));
    expect((copy.prepare("SELECT count(*) AS n FROM members WHERE ais_id = '9'").get() as { n: number }).n).toBe(0);
    expect((copy.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n).toBe(7);
    copy.close();
  });

  it('with consent, members missing from the export are taken off registration as «нет в выгрузке», never deleted', async () => {
    const file = writeCsv(path.join(h.dir, 'm.csv'), regionRows());
    const summary = await h.core.invoke('import.commit', { path: file, kind: 'members', removeMissing: true, asOf: '2026-11-05' });
    expect(summary.counts).toMatchObject({ missing: 1, removed: 1 });
    expect(h.peek("SELECT ais_id, removed_on, removal_reason FROM members WHERE ais_id = '5'")).toEqual([
      { ais_id: '5', removed_on: '2026-11-05', removal_reason: 'not_in_export' },
    ]);
    expect(h.peek('SELECT count(*) AS n FROM members')).toEqual([{ n: 8 }]);
    // Back in the next export: on registration again.
    const again = writeCsv(path.join(h.dir, 'm2.csv'), [HEADER, ['5', '112', 'Ковальчук', 'Ирина', 'Львовна', '12.11.1970', 'выдан', '', '']]);
    const restored = await h.core.invoke('import.commit', { path: again, kind: 'members' });
    expect(restored.counts).toMatchObject({ restored: 1, updated: 1 });
    expect(h.peek("SELECT removed_on, removal_reason FROM members WHERE ais_id = '5'")).toEqual([{ removed_on: null, removal_reason: null }]);
  });

  it('missing members are looked for only under the organizations the file covers', async () => {
    const file = writeCsv(path.join(h.dir, 'school.csv'), [HEADER, ['1', '111', 'Иванова', 'Анна', 'Петровна', '01.05.1980', '', '', '']]);
    const preview = await h.core.invoke('import.preview', { path: file, kind: 'members' });
    expect(preview.missing.map((m) => m.key).sort()).toEqual(['2', '3']);
  });

  it('matches by normalized FIO + birth date: fills a missing AIS id, keeps a stored «ё», never takes another AIS id\'s card', async () => {
    const db = await import('better-sqlite3').then((m) => new m.default(h.file));
    db.prepare("INSERT INTO members (org_id, surname, name, patronymic, fio_norm, birth_date) VALUES (4, 'Сидорова', 'Алёна', 'Ивановна', 'сидорова алена ивановна', '1991-01-01')").run();
    db.close();
    const file = writeCsv(path.join(h.dir, 'm.csv'), [
      ['ID в АИС', 'Код организации', 'ФИО', 'Дата рожд.', 'Пол'],
      ['555', '111', 'СИДОРОВА  алена ивановна', '1991-01-01', 'ж'],
      ['', '111', 'ЕЛКИНА мария ивановна', '1990-03-04', 'ж'],
      ['777', '111', 'Петров Семен Ильич', '02.01.1975', 'м'],
    ]);
    const summary = await h.core.invoke('import.commit', { path: file, kind: 'members' });
    expect(summary.counts).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(summary.updates).toEqual([
      { row: 2, key: '—', name: 'Сидорова Алёна Ивановна', field: 'ID в АИС', old: '', new: '555' },
      { row: 2, key: '—', name: 'Сидорова Алёна Ивановна', field: 'Пол', old: '', new: 'женский' },
    ]);
    expect(h.peek("SELECT ais_id, name FROM members WHERE fio_norm = 'сидорова алена ивановна'")).toEqual([{ ais_id: '555', name: 'Алёна' }]);
    expect(h.peek("SELECT surname FROM members WHERE ais_id = '3'")).toEqual([{ surname: 'Ёлкина' }]);
    // Петров has AIS id 2 in the registry: a row with AIS id 777 is somebody else.
    expect(h.peek("SELECT count(*) AS n FROM members WHERE fio_norm = 'петров семен ильич'")).toEqual([{ n: 2 }]);
  });

  it('row errors name file, row and column; such rows are skipped and counted by reason', async () => {
    const file = writeCsv(path.join(h.dir, 'bad.csv'), [
      HEADER,
      ['1', '111', 'Иванова', 'Анна', 'Петровна', '31.02.2020', '', '', ''],
      ['20', '999', 'Новый', 'Иван', 'Иванович', '01.01.1980', '', '', ''],
      ['21', '111', 'Новый', 'Пётр', '', '01.01.1981', 'потерян', '', ''],
      ['21', '111', 'Другой', 'Пётр', '', '01.01.1982', '', '', ''],
      ['', '111', '', 'Пётр', '', '01.01.1983', '', '', ''],
    ]);
    const preview = await h.core.invoke('import.preview', { path: file, kind: 'members' });
    expect(preview.counts).toMatchObject({ rows: 5, added: 1, skipped: 4, errors: 4, warnings: 1 });
    expect(preview.problems).toEqual([
      { file: 'bad.csv', row: 2, column: 'Дата рождения', message: '«31.02.2020» — такой даты нет в календаре', severity: 'error' },
      { file: 'bad.csv', row: 3, column: 'Код организации', message: 'нет организации с кодом «999» в реестре: сначала загрузите файл организаций', severity: 'error' },
      { file: 'bad.csv', row: 5, column: 'ID в АИС', message: 'ID в АИС «21» уже встречался в строке 4', severity: 'error' },
      { file: 'bad.csv', row: 6, column: null, message: 'не заполнены фамилия и имя', severity: 'error' },
      expect.objectContaining({ row: 4, column: 'Статус ЭПБ', severity: 'warning', message: expect.stringMatching(/^«потерян» — нет в списке.*; значение не загружено$/) }),
    ]);
    expect(preview.skippedReasons).toEqual(
      expect.arrayContaining([
        { reason: 'неверное значение в ключевом столбце', count: 1 },
        { reason: 'нет организации с таким кодом', count: 1 },
        { reason: 'повтор в файле', count: 1 },
        { reason: 'не заполнено обязательное поле', count: 1 },
      ]),
    );
    // The member whose row was skipped is in the file: not «missing».
    expect(preview.missing.map((m) => m.key)).not.toContain('1');
  });

  it('the same person twice without an AIS id is refused; two cards that fit one row are named', async () => {
    const db = await import('better-sqlite3').then((m) => new m.default(h.file));
    db.prepare(
      "INSERT INTO members (org_id, surname, name, patronymic, fio_norm, birth_date) VALUES (4, 'Тёзкина', 'Анна', 'Ивановна', 'тезкина анна ивановна', '1980-01-01'), (5, 'Тезкина', 'Анна', 'Ивановна', 'тезкина анна ивановна', '1980-01-01')",
    ).run();
    db.close();
    const file = writeCsv(path.join(h.dir, 'm.csv'), [
      ['Код организации', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения'],
      ['111', 'Тезкина', 'Анна', 'Ивановна', '01.01.1980'],
      ['112', 'Новая', 'Вера', '', '01.01.1990'],
      ['112', 'новая', 'вера', '', '01.01.1990'],
    ]);
    const preview = await h.core.invoke('import.preview', { path: file, kind: 'members' });
    expect(preview.problems.map((p) => p.message)).toEqual([
      'в реестре 2 карточки с такими ФИО и датой рождения: укажите ID в АИС',
      'тот же человек (ФИО и дата рождения), что в строке 3: укажите ID в АИС, если это разные люди',
    ]);
  });

  it('XLSX with a title row, a one-cell FIO, Excel dates and numbers', async () => {
    const file = await writeXlsx(path.join(h.dir, 'Выгрузка.xlsx'), [
      {
        name: 'Лист1',
        rows: [
          ['Выгрузка из АИС'],
          ['ID', 'Организация (код)', 'Фамилия Имя Отчество', 'Дата рожд.', 'Мобильный телефон', 'Участник PROFCARDS'],
          [1, 111, 'Иванова Анна Петровна', 29342, 89123456789, 'Да'],
        ],
      },
    ]);
    const summary = await h.core.invoke('import.commit', { path: file, kind: 'members' });
    expect(summary.counts).toMatchObject({ rows: 1, updated: 1, unchanged: 0, fieldUpdates: 2 });
    expect(h.peek("SELECT phone, profcards, birth_date FROM members WHERE ais_id = '1'")).toEqual([
      { phone: '+79123456789', profcards: 1, birth_date: '1980-05-01' },
    ]);
  });

  it('a cancelled commit leaves the file as it was', async () => {
    const rows = [HEADER];
    for (let i = 0; i < 30_000; i++) rows.push([String(1000 + i), '111', 'Фамилия', 'Имя', `Отчество${'а'.repeat(i % 5)}`, '01.01.1980', '', '', '']);
    const file = writeCsv(path.join(h.dir, 'big.csv'), rows);
    const before = dataOf(h);
    const jobId = 'job-cancel';
    const running = h.core.call('import.commit', { path: file, kind: 'members' }, jobId);
    await new Promise((r) => setTimeout(r, 30));
    await h.core.invoke('jobs.cancel', { jobId });
    const res = await running;
    expect(res).toEqual({ ok: false, error: { code: 'cancelled', message: 'Импорт отменён: файл реестра не изменён.' } });
    expect(dataOf(h)).toEqual(before);
  });

  it('refuses a file changed after its preview', async () => {
    const file = writeCsv(path.join(h.dir, 'm.csv'), regionRows());
    const preview = await h.core.invoke('import.preview', { path: file, kind: 'members' });
    fs.appendFileSync(file, '10;111;Ещё;Одна;;01.01.1999;;;\r\n');
    const res = await h.core.call('import.commit', { path: file, kind: 'members', fingerprint: preview.fingerprint });
    expect(res).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringContaining('изменился после предварительного просмотра') } });
  });

  it('remembers a confirmed mapping for files with the same headers', async () => {
    const rows = [['Код', 'ФИО', 'Дата рождения', 'Примечание'], ['111', 'Иванова Анна Петровна', '01.05.1980', 'учитель']];
    const file = writeCsv(path.join(h.dir, 'own.csv'), rows);
    const first = await h.core.invoke('import.inspect', { path: file });
    expect(first).toMatchObject({ kind: 'members', remembered: false, mapping: { Примечание: null } });
    await h.core.invoke('import.commit', { path: file, kind: 'members', mapping: { Примечание: 'position' } });
    const second = await h.core.invoke('import.inspect', { path: writeCsv(path.join(h.dir, 'own2.csv'), rows) });
    expect(second).toMatchObject({ remembered: true, mapping: { Примечание: 'position' } });
    expect(h.peek("SELECT position FROM members WHERE fio_norm = 'иванова анна петровна'")).toEqual([{ position: 'учитель' }]);
  });
});

describe('import.inspect', () => {
  it('describes a CSV: encoding, delimiter, header row, sample, kind, mapping, as-of date from the name', async () => {
    const file = writeCsv(path.join(h.dir, 'выгрузка_01.10.2026.csv'), regionRows(), { encoding: 'windows-1251', delimiter: '\t' });
    const i = await h.core.invoke('import.inspect', { path: file });
    expect(i).toMatchObject({
      format: 'csv',
      encoding: 'Windows-1251',
      delimiter: 'табуляция',
      headerRow: 1,
      headers: HEADER,
      detectedKind: 'members',
      kind: 'members',
      problem: null,
      asOf: '2026-10-01',
    });
    expect(i.sample[0]).toEqual(regionRows()[1]);
    expect(i.fields.orgs.map((f) => f.label)).toContain('Код вышестоящей организации');
  });

  it('says what is wrong instead of failing: header only, unknown kind, missing columns', async () => {
    const headerOnly = writeCsv(path.join(h.dir, 'h.csv'), [HEADER]);
    expect((await h.core.invoke('import.inspect', { path: headerOnly })).problem).toBe('В файле «h.csv» есть только заголовки, строк с данными нет.');
    const unknown = writeCsv(path.join(h.dir, 'u.csv'), [['Сумма', 'Итого'], ['1', '2']]);
    expect((await h.core.invoke('import.inspect', { path: unknown })).problem).toContain('Не удалось понять, что в файле «u.csv»');
    const members = writeCsv(path.join(h.dir, 'members.csv'), regionRows());
    expect((await h.core.invoke('import.inspect', { path: members, kind: 'orgs' })).problem).toContain('Похоже, это файл вида «члены Профсоюза».');
  });

  it('a header-only file cannot be previewed or committed, and the file stays as it was', async () => {
    const before = dataOf(h);
    const res = await h.core.call('import.commit', { path: writeCsv(path.join(h.dir, 'h.csv'), [HEADER]), kind: 'members' });
    expect(res).toEqual({ ok: false, error: { code: 'bad_args', message: 'В файле «h.csv» есть только заголовки, строк с данными нет.' } });
    expect(dataOf(h)).toEqual(before);
  });
});
