import { describe, expect, it } from 'vitest';
import { KINDS, templateColumns } from '../../../electron/core/import/fields';
import { headerKey } from '../../../electron/core/import/match/header-key';
import { findHeaderRow } from '../../../electron/core/import/match/header-row';
import { autoMapping, detectKind, resolveMapping } from '../../../electron/core/import/match/mapping';
import { matchHeader } from '../../../electron/core/import/match/matcher';
import type { SourceRow } from '../../../electron/core/import/read/types';

const rows = (...lines: (string | null)[][]): SourceRow[] => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('canonical columns', () => {
  it('organizations: exactly the issue\'s list, in order', () => {
    expect(templateColumns('orgs')).toEqual([
      'Код организации', 'Код вышестоящей организации', 'Наименование', 'Краткое наименование', 'Уровень', 'Тип',
      'Статус', 'ИНН', 'Адрес', 'Председатель: фамилия', 'Председатель: имя', 'Председатель: отчество',
      'Председатель: пол', 'Председатель: телефон', 'Председатель: e-mail', 'Согласие председателя на рассылку',
      'Начало полномочий', 'Окончание полномочий', 'Численность по статотчету', 'Работающих (обучающихся) в организации',
      'Статотчет сформирован в АИС',
    ]);
  });
  it('members: exactly the issue\'s list, in order', () => {
    expect(templateColumns('members')).toEqual([
      'ID в АИС', 'Код организации', 'Фамилия', 'Имя', 'Отчество', 'Пол', 'Дата рождения', 'Категория', 'Должность',
      'Телефон', 'E-mail', 'Дата вступления в Профсоюз', 'Дата постановки на учет', 'Вступил онлайн', 'Номер ЭПБ',
      'Статус ЭПБ', 'Дата статуса ЭПБ', 'Мобильное приложение PROFCARDS', 'Участник PROFCARDS',
      'Согласие на обработку ПД', 'Согласие на рассылку', 'Дата снятия с учета', 'Причина снятия с учета',
    ]);
  });
  it('every canonical header matches its own field', () => {
    for (const kind of ['orgs', 'members', 'stats'] as const) {
      for (const f of KINDS[kind].fields) expect(matchHeader(kind, f.label), f.label).toBe(f.id);
    }
  });
});

describe('header matching', () => {
  it('ignores case, spaces, punctuation and ё/е', () => {
    expect(headerKey('Дата рожд.')).toBe(headerKey('  дата   РОЖД '));
    expect(matchHeader('members', 'ДАТА ПОСТАНОВКИ НА УЧЁТ')).toBe('registeredOn');
    expect(matchHeader('members', 'Дата_рождения')).toBe('birthDate');
    expect(matchHeader('orgs', 'председатель - фамилия')).toBe('chairSurname');
  });
  it('knows the synonyms a specialist writes', () => {
    expect(matchHeader('members', 'ФИО')).toBe('fullName');
    expect(matchHeader('members', 'Фамилия Имя Отчество')).toBe('fullName');
    expect(matchHeader('members', 'Дата рожд.')).toBe('birthDate');
    expect(matchHeader('members', 'Эл. почта')).toBe('email');
    expect(matchHeader('members', 'Email')).toBe('email');
    expect(matchHeader('members', 'Статус билета')).toBe('cardStatus');
    expect(matchHeader('members', 'Организация (код)')).toBe('orgCode');
  });
  it('a Cyrillic «Е» in «E-mail» still matches', () => {
    expect(matchHeader('members', 'Е-mail')).toBe('email');
  });
  it('unknown headers match nothing', () => {
    expect(matchHeader('members', 'Примечание')).toBeNull();
  });
});

describe('findHeaderRow', () => {
  it('skips a title row above the header', () => {
    const h = findHeaderRow(rows(['Список членов Профсоюза на 01.10.2026'], [], ['Фамилия', 'Имя', 'Дата рождения'], ['Иванова', 'Анна', '01.01.1980']));
    expect(h).toEqual({ index: 2, row: 3, headers: ['Фамилия', 'Имя', 'Дата рождения'] });
  });
  it('reads a two-row header with merged cells', () => {
    const h = findHeaderRow(
      rows(
        ['Код организации', 'Наименование', 'Председатель', null, null, 'Уровень'],
        [null, null, 'фамилия', 'имя', 'отчество', null],
        ['111', 'ППО', 'Иванова', 'Анна', 'Петровна', 'первичная'],
      ),
    );
    expect(h?.headers).toEqual(['Код организации', 'Наименование', 'Председатель: фамилия', 'Председатель: имя', 'Председатель: отчество', 'Уровень']);
    expect(h?.index).toBe(1);
  });
  it('names empty headers by column letter and numbers repeats; trailing empty columns dropped', () => {
    const h = findHeaderRow(rows(['Фамилия', '', 'Телефон', 'Телефон', '', '']));
    expect(h?.headers).toEqual(['Фамилия', 'Столбец B (без заголовка)', 'Телефон', 'Телефон (2)']);
  });
  it('null for a file of blank rows', () => {
    expect(findHeaderRow(rows([''], [null]))).toBeNull();
  });
});

describe('detectKind', () => {
  it('members, organizations, stat figures, or nothing', () => {
    expect(detectKind(['ID в АИС', 'Код организации', 'ФИО', 'Дата рожд.'])).toBe('members');
    expect(detectKind(['Код организации', 'Код вышестоящей организации', 'Наименование', 'Уровень'])).toBe('orgs');
    expect(detectKind(['Код организации', 'Наименование'])).toBe('orgs');
    expect(detectKind(['Код организации', 'Наименование', 'Численность по статотчету', 'Работающих'])).toBe('stats');
    expect(detectKind(['Примечание', 'Сумма'])).toBeNull();
  });
});

describe('resolveMapping', () => {
  const headers = ['Код организации', 'Фамилия', 'Имя', 'Отчество', 'Дата рожд.', 'Примечание', 'Телефон', 'Тел.'];

  it('automatic: known columns mapped, the rest listed; a second column of one field is left out', () => {
    const m = resolveMapping('f.csv', 'members', headers);
    expect(m.columns).toEqual({
      'Код организации': 'orgCode', Фамилия: 'surname', Имя: 'name', Отчество: 'patronymic', 'Дата рожд.': 'birthDate',
      Примечание: null, Телефон: 'phone', 'Тел.': null,
    });
    expect(m.unknown).toEqual(['Примечание', 'Тел.']);
  });

  it('the user\'s choices win; a field may be named by id or by its canonical header', () => {
    const m = resolveMapping('f.csv', 'members', headers, { Примечание: 'Должность', Телефон: null, 'Тел.': 'phone' });
    expect(m.columns).toMatchObject({ Примечание: 'position', Телефон: null, 'Тел.': 'phone' });
  });

  it('refuses a field of another kind, and two columns on one field', () => {
    expect(() => resolveMapping('f.csv', 'members', headers, { Примечание: 'chairSurname' })).toThrow(
      'Сопоставление столбца «Примечание»: поле «chairSurname» не относится к виду «члены Профсоюза».',
    );
    expect(() => resolveMapping('f.csv', 'members', headers, { 'Тел.': 'phone' })).toThrow(/Столбцы «Телефон» и «Тел\.» сопоставлены одному полю «Телефон»/);
  });

  it('a members file given as organizations: missing columns named, and the likely kind suggested', () => {
    expect(() => resolveMapping('члены.xlsx', 'orgs', ['ID в АИС', 'Код организации', 'Фамилия', 'Имя'])).toThrow(
      'В файле «члены.xlsx» не найдены обязательные для вида «организации» столбцы: «Наименование». Похоже, это файл вида «члены Профсоюза».',
    );
  });

  it('a one-cell FIO satisfies the name columns', () => {
    expect(() => resolveMapping('f.csv', 'members', ['Код', 'ФИО'])).not.toThrow();
    expect(() => resolveMapping('f.csv', 'members', ['Код', 'Фамилия'])).toThrow(/«Имя» или «Фамилия Имя Отчество»/);
  });

  it('autoMapping maps by kind', () => {
    expect(autoMapping('orgs', ['Код', 'Телефон'])).toEqual({ Код: 'code', Телефон: 'chairPhone' });
  });
});
