import { cleanEmailText, parseCode, parseFullName } from '../../../../shared/values';
import { keepText, specField } from './spec';
import type { FieldDef, KindDef } from './types';

const org = (id: string, label: string, synonyms: readonly string[], extra?: Parameters<typeof specField>[4]) =>
  specField('organization', id, label, synonyms, extra);

/** Statistics columns, shared by the organizations file and the stat-report file. */
export const STAT_FIELDS: readonly FieldDef[] = [
  org('statMembers', 'Численность по статотчету', ['Численность членов Профсоюза по статотчету', 'Членов Профсоюза по статотчету', 'По статотчету', 'Численность по статистическому отчету', 'Статотчет: численность']),
  org('statEmployees', 'Работающих (обучающихся) в организации', ['Численность работающих (обучающихся)', 'Работающих в организации', 'Обучающихся в организации', 'Численность работающих', 'Всего работающих', 'Работающих (обучающихся)']),
  org('statAutoReport', 'Статотчет сформирован в АИС', ['Статотчет в АИС', 'Статотчет сформирован автоматически', 'Сформирован в АИС']),
];

export const CODE_FIELD: FieldDef = org('code', 'Код организации', ['Код', 'Код в АИС', 'Код организации в АИС', 'Организация (код)', 'Код профорганизации'], { key: true });

export const ORGS: KindDef = {
  kind: 'orgs',
  entity: 'organization',
  requires: [['code'], ['name']],
  fields: [
    CODE_FIELD,
    { id: 'parentCode', label: 'Код вышестоящей организации', synonyms: ['Код вышестоящей', 'Вышестоящая организация (код)', 'Код родительской организации', 'Код вышестоящей профорганизации'], parse: parseCode, column: null, key: true },
    org('name', 'Наименование', ['Полное наименование', 'Наименование организации', 'Название', 'Название организации', 'Организация'], { key: true }),
    org('shortName', 'Краткое наименование', ['Сокращенное наименование', 'Краткое название', 'Короткое наименование']),
    org('level', 'Уровень', ['Уровень организации', 'Уровень профорганизации'], { key: true }),
    org('kind', 'Тип', ['Тип организации', 'Вид организации', 'Тип учреждения', 'Тип образовательной организации', 'Вид']),
    org('status', 'Статус', ['Статус организации']),
    org('inn', 'ИНН', ['ИНН организации']),
    org('address', 'Адрес', ['Юридический адрес', 'Адрес организации', 'Почтовый адрес']),
    org('chairSurname', 'Председатель: фамилия', ['Фамилия председателя']),
    org('chairName', 'Председатель: имя', ['Имя председателя']),
    org('chairPatronymic', 'Председатель: отчество', ['Отчество председателя']),
    { id: 'chairFullName', label: 'Председатель: ФИО', synonyms: ['Председатель', 'ФИО председателя', 'Председатель (ФИО)'], parse: parseFullName, column: null, helper: true },
    org('chairGender', 'Председатель: пол', ['Пол председателя']),
    org('chairPhone', 'Председатель: телефон', ['Телефон председателя', 'Телефон'], { keepInvalid: keepText }),
    org('chairEmail', 'Председатель: e-mail', ['E-mail председателя', 'Email председателя', 'Эл. почта председателя', 'Электронная почта председателя', 'E-mail', 'Электронная почта'], { keepInvalid: cleanEmailText }),
    org('chairEmailConsent', 'Согласие председателя на рассылку', ['Председатель: согласие на рассылку', 'Согласие на рассылку', 'Согласие председателя на письма по e-mail']),
    org('chairTermStart', 'Начало полномочий', ['Дата начала полномочий', 'Дата избрания', 'Председатель: начало полномочий', 'Полномочия с', 'Начало срока полномочий']),
    org('chairTermEnd', 'Окончание полномочий', ['Дата окончания полномочий', 'Срок полномочий до', 'Председатель: окончание полномочий', 'Полномочия до', 'Окончание срока полномочий']),
    ...STAT_FIELDS,
  ],
};

export const STATS: KindDef = {
  kind: 'stats',
  entity: 'organization',
  requires: [['code'], ['statMembers', 'statEmployees', 'statAutoReport']],
  fields: [CODE_FIELD, ...STAT_FIELDS],
};
