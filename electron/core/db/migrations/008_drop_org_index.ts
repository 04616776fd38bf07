import type { Migration } from './types';

// members_org (org_id, removed_on) is the head of members_indicators (org_id, removed_on, …): every
// search by organization — the tables, the counts, the foreign key's check when an organization is
// deleted — is served by the wider index, and SQLite already chose it for all but a bare count.
// The copy only cost time on every write (0.1 s more of a first load of 200,000 members).
export const dropOrgIndex: Migration = {
  version: 8,
  name: 'Без лишнего индекса членов Профсоюза по организации',
  up: 'DROP INDEX members_org;',
};
