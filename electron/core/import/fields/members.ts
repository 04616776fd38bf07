import { cleanEmailText, parseCode, parseFullName } from '../../../../shared/values';
import { keepText, specField } from './spec';
import type { KindDef } from './types';

const member = (id: string, label: string, synonyms: readonly string[], extra?: Parameters<typeof specField>[4]) =>
  specField('member', id, label, synonyms, extra);

export const MEMBERS: KindDef = {
  kind: 'members',
  entity: 'member',
  requires: [['orgCode'], ['surname', 'fullName'], ['name', 'fullName']],
  fields: [
    member('aisId', 'ID в АИС', ['ID', 'ИД', 'ИД в АИС', 'Идентификатор', 'Идентификатор в АИС', 'Номер в АИС', 'ID члена Профсоюза', 'Код члена Профсоюза', 'Код в АИС'], { key: true }),
    { id: 'orgCode', label: 'Код организации', synonyms: ['Организация (код)', 'Код ППО', 'Код первичной организации', 'Код профорганизации', 'Код организации в АИС', 'Код'], parse: parseCode, column: null, key: true },
    member('surname', 'Фамилия', [], { key: true }),
    member('name', 'Имя', [], { key: true }),
    member('patronymic', 'Отчество', [], { key: true }),
    { id: 'fullName', label: 'Фамилия Имя Отчество', synonyms: ['ФИО', 'Ф.И.О.', 'Фамилия, имя, отчество', 'ФИО члена Профсоюза', 'Фамилия имя отчество (полностью)'], parse: parseFullName, column: null, key: true, helper: true },
    member('gender', 'Пол', []),
    member('birthDate', 'Дата рождения', ['Дата рожд.', 'Дата рожд', 'Д.р.', 'Д/р', 'ДР', 'Рождение'], { key: true }),
    member('category', 'Категория', ['Категория члена Профсоюза', 'Категория члена']),
    member('position', 'Должность', ['Должность (учебная группа)', 'Должность / учебная группа', 'Должность или учебная группа', 'Учебная группа', 'Группа']),
    member('phone', 'Телефон', ['Мобильный телефон', 'Тел.', 'Номер телефона', 'Контактный телефон', 'Телефон мобильный'], { keepInvalid: keepText }),
    member('email', 'E-mail', ['Email', 'Эл. почта', 'Электронная почта', 'Адрес электронной почты', 'Почта', 'mail'], { keepInvalid: cleanEmailText }),
    member('joinedOn', 'Дата вступления в Профсоюз', ['Дата вступления', 'Вступил в Профсоюз', 'Дата приема в Профсоюз']),
    member('registeredOn', 'Дата постановки на учет', ['Дата постановки на электронный учет', 'Дата учета', 'Поставлен на учет', 'Дата регистрации в АИС']),
    member('joinedOnline', 'Вступил онлайн', ['Вступил через сервис «Прием в Профсоюз»', 'Онлайн-вступление', 'Вступление онлайн', 'Прием онлайн']),
    member('cardNumber', 'Номер ЭПБ', ['Номер электронного профсоюзного билета', 'Номер билета', 'ЭПБ', 'Номер профсоюзного билета']),
    member('cardStatus', 'Статус ЭПБ', ['Статус билета', 'Статус электронного профсоюзного билета', 'Статус карты']),
    member('cardStatusDate', 'Дата статуса ЭПБ', ['Дата статуса билета', 'Дата статуса карты', 'Дата статуса']),
    member('appInstalled', 'Мобильное приложение PROFCARDS', ['Приложение PROFCARDS', 'Виртуальная карта', 'Мобильное приложение', 'Установлено приложение', 'Карта в приложении PROFCARDS']),
    member('profcards', 'Участник PROFCARDS', ['PROFCARDS', 'Бонусная программа PROFCARDS', 'Зарегистрирован в PROFCARDS', 'Регистрация в PROFCARDS']),
    member('pdConsent', 'Согласие на обработку ПД', ['Согласие на обработку персональных данных', 'Согласие ПД', 'Согласие на обработку', 'Согласие на обработку ПДн']),
    member('mailingConsent', 'Согласие на рассылку', ['Согласие на получение рассылок', 'Согласие на информационные рассылки', 'Согласие на рассылки', 'Согласие на SMS и e-mail']),
    member('removedOn', 'Дата снятия с учета', ['Снят с учета', 'Дата снятия', 'Дата выбытия']),
    member('removalReason', 'Причина снятия с учета', ['Причина снятия', 'Причина выбытия']),
  ],
};
