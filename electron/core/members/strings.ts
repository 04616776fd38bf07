/** Russian texts of the members list's refusals. */
export const MEMBERS_TEXT = {
  orgColumn: 'Организация',
  filterNeedsDate: (label: string) => `Фильтр по столбцу «${label}»: укажите дату.`,
  filterKind: (label: string) => `Фильтр по столбцу «${label}» не подходит к его значениям.`,
} as const;
