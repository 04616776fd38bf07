import { describe, expect, it } from 'vitest';
import type { MemberRow } from '../../../shared/domain/types';
import { parseTsv } from '../../../shared/tsv';
import { moveFocus, rangeBounds } from '../../../renderer/src/pages/registry/members/cellRange';
import { copyBlock } from '../../../renderer/src/pages/registry/members/copyBlock';
import { toColumnFilters } from '../../../renderer/src/pages/registry/members/filterModel';
import { MEMBER_COLUMN_BY_ID, MEMBER_COLUMNS } from '../../../renderer/src/pages/registry/members/memberColumnModel';
import { planPaste } from '../../../renderer/src/pages/registry/members/pastePlan';
import { maskDate } from '../../../renderer/src/pages/registry/fields/dateMask';

const row = (id: number, over: Partial<MemberRow> = {}): MemberRow => ({
  id,
  aisId: String(id),
  orgId: 4,
  orgName: 'ППО МБОУ «Школа № 1»',
  surname: 'Иванова',
  name: 'Анна',
  patronymic: 'Петровна',
  gender: 'female',
  birthDate: '1980-05-01',
  category: 'working',
  position: null,
  phone: null,
  email: null,
  joinedOn: null,
  registeredOn: null,
  joinedOnline: false,
  cardNumber: null,
  cardStatus: 'issued',
  cardStatusDate: null,
  appInstalled: true,
  profcards: false,
  pdConsent: false,
  pdConsentDate: null,
  mailingConsent: false,
  removedOn: null,
  removalReason: null,
  transferredOn: null,
  ...over,
});
const cols = (...ids: string[]) => ids.map((id) => MEMBER_COLUMN_BY_ID.get(id)!);

describe('copying a range', () => {
  it('writes dates as dd.mm.yyyy, Russian labels and да/нет, in TSV', () => {
    const text = copyBlock([row(1), row(2, { surname: 'Петров', birthDate: null, cardStatus: 'delivered', appInstalled: false })], cols('surname', 'birthDate', 'orgName', 'category', 'cardStatus', 'appInstalled'));
    expect(text).toBe(
      'Иванова\t01.05.1980\tППО МБОУ «Школа № 1»\tработающий\tвыдан\tда\r\n' + 'Петров\t\tППО МБОУ «Школа № 1»\tработающий\tдоставлен в регион\tнет\r\n',
    );
  });

  it('what is copied pastes back unchanged, read-only columns included', () => {
    const rows = [row(1), row(2)];
    const columns = cols('surname', 'orgName', 'cardStatus', 'birthDate');
    const plan = planPaste(
      { block: parseTsv(copyBlock(rows, columns)), top: 0, left: 0, area: { rows: 1, cols: 1 }, columns, rowCount: 2 },
      rows,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((c) => c.field)).toEqual(['surname', 'cardStatus', 'birthDate', 'surname', 'cardStatus', 'birthDate']);
  });
});

describe('planning a paste', () => {
  const columns = cols('surname', 'phone', 'email', 'orgName');
  const input = (block: string[][], top = 0, left = 0) => ({ block, top, left, area: { rows: 1, cols: 1 }, columns, rowCount: 3 });

  it('reads every cell with its field parser and lists every problem with row and column', () => {
    const plan = planPaste(input([['8 900 111 22 33', 'a@b.ru'], ['12', 'нет-почты']], 1, 1), [row(2), row(3)]);
    expect(plan.problems).toEqual([
      'Строка 3, «Телефон»: «12» — не номер телефона: нужно 10 цифр или 11, начиная с 7 или 8',
      'Строка 3, «E-mail»: «нет-почты» — не адрес электронной почты (ожидается вида имя@домен.ru)',
    ]);
  });

  it('refuses a block that does not fit, and a changed read-only cell', () => {
    expect(planPaste(input([['a', 'b', 'c', 'd', 'e']], 0, 1), [row(1)]).problems).toEqual([
      'вставляемый блок шире таблицы: не помещаются 2\u00a0столбца',
    ]);
    expect(planPaste(input([['x'], ['y'], ['z']], 1), [row(2), row(3)]).problems).toEqual([
      'вставляемый блок длиннее списка: не помещается 1\u00a0строка',
    ]);
    expect(planPaste(input([['Другая ППО']], 0, 3), [row(1)]).problems).toEqual(['Строка 1, «Организация»: этот столбец не редактируется']);
  });

  it('a required field cannot be pasted blank', () => {
    expect(planPaste(input([['  ']]), [row(1)]).problems).toEqual(['Строка 1, «Фамилия»: поле не может быть пустым']);
  });

  it('one copied cell fills the whole selected range', () => {
    const plan = planPaste({ ...input([['a@b.ru']], 0, 2), area: { rows: 3, cols: 1 } }, [row(1), row(2), row(3)]);
    expect(plan.changes).toEqual([1, 2, 3].map((id) => ({ id, field: 'email', value: 'a@b.ru' })));
  });
});

describe('the range and the column filters', () => {
  it('bounds follow the shown column order; Shift+arrows stop at the edges', () => {
    const shown = ['surname', 'name', 'email'];
    const range = { anchor: { row: 5, colId: 'email' }, focus: { row: 2, colId: 'name' } };
    expect(rangeBounds(range, shown)).toEqual({ top: 2, bottom: 5, left: 1, right: 2 });
    expect(moveFocus(range, shown, 6, -9, -9).focus).toEqual({ row: 0, colId: 'surname' });
    expect(rangeBounds(range, ['surname'])).toBeNull();
  });

  it('AG Grid filter models become the engine filters', () => {
    expect(
      toColumnFilters({
        surname: { filterType: 'text', type: 'startsWith', filter: 'Ив' },
        birthDate: {
          filterType: 'date',
          operator: 'OR',
          conditions: [
            { filterType: 'date', type: 'lessThan', dateFrom: '1960-01-01 00:00:00' },
            { filterType: 'date', type: 'inRange', dateFrom: '2000-01-01 00:00:00', dateTo: '2001-12-31 00:00:00' },
          ],
        },
        cardStatus: { filterType: 'set', values: ['issued', null] },
        unknown: { filterType: 'text', type: 'contains', filter: 'x' },
      }),
    ).toEqual([
      { field: 'surname', join: 'and', conditions: [{ type: 'text', op: 'startsWith', value: 'Ив' }] },
      {
        field: 'birthDate',
        join: 'or',
        conditions: [
          { type: 'date', op: 'lessThan', from: '1960-01-01', to: null },
          { type: 'date', op: 'inRange', from: '2000-01-01', to: '2001-12-31' },
        ],
      },
      { field: 'cardStatus', join: 'and', conditions: [{ type: 'set', values: ['issued', null] }] },
    ]);
  });

  it('every card field is a column, rarely used ones hidden', () => {
    expect(MEMBER_COLUMNS.filter((c) => c.spec).length).toBe(24);
    expect(MEMBER_COLUMN_BY_ID.get('pdConsentDate')!.hidden).toBe(true);
    expect(MEMBER_COLUMN_BY_ID.get('surname')!.hidden).toBe(false);
  });
});

describe('the date mask', () => {
  it('puts the dots in as digits are typed, and leaves other forms alone', () => {
    expect(['0', '05', '050', '0503', '05031', '05031980', '050319801'].map(maskDate)).toEqual([
      '0',
      '05',
      '05.0',
      '05.03',
      '05.03.1',
      '05.03.1980',
      '050319801',
    ]);
    expect(maskDate('05.031980')).toBe('05.03.1980');
    expect(maskDate('5.3.80')).toBe('5.3.80');
    expect(maskDate('1980-03-05')).toBe('1980-03-05');
    expect(maskDate('05.')).toBe('05');
  });
});
