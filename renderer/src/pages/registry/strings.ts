import type { OrgStatus } from '../../../../shared/domain/enums';

/** Russian texts of the «Реестр» page. */
export const REGISTRY_TEXT = {
  treeHeading: 'Организации',
  treeGridLabel: 'Дерево организаций',
  expandAll: 'Развернуть всё',
  collapseAll: 'Свернуть всё',
  expand: 'Развернуть',
  collapse: 'Свернуть',
  splitterLabel: 'Граница между деревом организаций и списком членов Профсоюза',
  columns: {
    orgName: 'Организация',
    orgMembers: 'Членов',
    surname: 'Фамилия',
    name: 'Имя',
    patronymic: 'Отчество',
    birthDate: 'Дата рождения',
    memberOrg: 'Организация',
    category: 'Категория',
    cardStatus: 'Статус ЭПБ',
    joinedOn: 'Дата вступления',
  },
  wholeRegistry: 'Весь реестр',
  membersGridLabel: 'Члены Профсоюза выбранной организации',
  membersCount: (count: string) => `Членов Профсоюза в выбранной организации: ${count}`,
  membersCountLoading: 'Членов Профсоюза в выбранной организации: подсчёт…',
  treeLoading: 'Загрузка дерева организаций…',
  treeEmpty: 'В реестре пока нет организаций.',
  /** Added to the name of an organization that is not active. */
  inactiveSuffix: (status: OrgStatus) =>
    status === 'liquidating' ? ' (в стадии ликвидации)' : status === 'liquidated' ? ' (ликвидирована)' : '',
} as const;
