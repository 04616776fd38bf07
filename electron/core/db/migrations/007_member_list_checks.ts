import type { Database } from 'better-sqlite3';
import { rebuildMembers } from './rebuild-members';
import type { Migration } from './types';

// SQLite checks `x IN (…)` of more than two values against a small index it builds for the
// statement, a lookup per row that cost a first load of 200,000 members about 0.4 s of its
// ~1.3 s of inserting. The same rule written as comparisons costs a fraction of that
// (docs/IMPORT.md «Производительность»). NULL passes both forms alike.
const LIST_COLUMNS = ['category', 'card_status', 'removal_reason'] as const;

function asComparisons(sql: string): string {
  let out = sql;
  for (const column of LIST_COLUMNS) {
    const list = new RegExp(`CHECK \\(${column} IN\\s*\\(([^)]*)\\)\\)`);
    const found = list.exec(out);
    if (!found) throw new Error(`members.${column} is not checked as expected`);
    const values = found[1]!.split(',').map((v) => v.trim());
    out = out.replace(list, `CHECK (${values.map((v) => `${column} = ${v}`).join(' OR ')})`);
  }
  return out;
}

export const memberListChecks: Migration = {
  version: 7,
  name: 'Проверки списков значений в карточках без временных индексов',
  up: (db: Database) => rebuildMembers(db, 7, asComparisons),
};
