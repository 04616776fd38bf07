/** Russian texts of the shared «where to save, in which format» pieces (import page, registry). */
export const SAVE_TARGET_TEXT = {
  format: 'Формат',
  formats: { xlsx: 'Книга Excel (XLSX)', 'csv-utf-8': 'CSV (UTF-8)', 'csv-windows-1251': 'CSV (Windows-1251, для старых программ)' },
} as const;
