import type { Migration } from './types';

// The rest of the organization passport as DOMAIN.md gives it: the person responsible for the
// organization's work in the AIS, and the stat report's members by category on 1 January
// (working, students, non-working pensioners) beside the total already kept.
export const passportFields: Migration = {
  version: 6,
  name: 'Ответственный за работу в АИС, статотчёт по категориям',
  up: `
ALTER TABLE organizations ADD COLUMN ais_responsible TEXT;
ALTER TABLE organizations ADD COLUMN stat_working INTEGER CHECK (stat_working >= 0);
ALTER TABLE organizations ADD COLUMN stat_students INTEGER CHECK (stat_students >= 0);
ALTER TABLE organizations ADD COLUMN stat_pensioners INTEGER CHECK (stat_pensioners >= 0);
`,
};
