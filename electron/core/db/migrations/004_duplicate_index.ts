import type { Migration } from './types';

// An index for the duplicate checks (electron/core/quality/checks/duplicates.ts): members on
// registration with a birth date, by birth date, then name and patronymic in the normal form
// (fio_norm after the surname), then the whole normal form. One pass along it finds the blocks of
// two or more members with the same birth date, name and patronymic — the only places exact and
// near-duplicates can be — without sorting the members or comparing all pairs (200,000 members:
// ~0.1 s instead of ~0.7 s). removed_on is there only so SQLite reads the index alone, without
// the table. The expression must stay exactly as the checks write it (REST_OF_NAME), or SQLite
// will not use the index.
export const duplicateIndex: Migration = {
  version: 4,
  name: 'Индекс для поиска дубликатов',
  up: `
CREATE INDEX members_duplicates ON members(birth_date, substr(fio_norm, instr(fio_norm, ' ') + 1), fio_norm, removed_on)
  WHERE removed_on IS NULL AND birth_date IS NOT NULL;
`,
};
