import type { Database } from 'better-sqlite3';
import type { Migration } from './types';

// The AIS id's uniqueness moves from the column (an index SQLite owns and never lets go) to a
// named unique index, the same rule. A first load of a region can then drop it with the other
// indexes and build it once at the end: filled row by row in the file's order, it cost more than
// the 200,000 rows themselves. SQLite cannot drop a column constraint, so the table is rebuilt
// (nothing references members; its own indexes are read back and made again as they were).
const MEMBERS = `
CREATE TABLE members_005 (
  id INTEGER PRIMARY KEY,
  ais_id TEXT,
  org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
  surname TEXT NOT NULL,
  name TEXT NOT NULL,
  patronymic TEXT,
  fio_norm TEXT NOT NULL,
  gender TEXT CHECK (gender IN ('male','female')),
  birth_date TEXT,
  category TEXT NOT NULL DEFAULT 'unset' CHECK (category IN ('working','student','pensioner','unset')),
  position TEXT,
  phone TEXT,
  email TEXT,
  joined_on TEXT,
  registered_on TEXT,
  joined_online INTEGER NOT NULL DEFAULT 0 CHECK (joined_online IN (0,1)),
  card_number TEXT,
  card_status TEXT CHECK (card_status IN ('none','requested','produced','delivered','issued','refused')),
  card_status_date TEXT,
  app_installed INTEGER NOT NULL DEFAULT 0 CHECK (app_installed IN (0,1)),
  profcards INTEGER NOT NULL DEFAULT 0 CHECK (profcards IN (0,1)),
  pd_consent INTEGER NOT NULL DEFAULT 0 CHECK (pd_consent IN (0,1)),
  pd_consent_date TEXT,
  mailing_consent INTEGER NOT NULL DEFAULT 0 CHECK (mailing_consent IN (0,1)),
  removed_on TEXT,
  removal_reason TEXT CHECK (removal_reason IN
    ('own_wish','dismissal','graduation','transfer','death','expulsion','not_in_export','duplicate','other')),
  transferred_on TEXT
) STRICT`;

function up(db: Database): void {
  const indexes = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'members' AND sql IS NOT NULL")
    .pluck()
    .all() as string[];
  const columns = (db.prepare("SELECT name FROM pragma_table_info('members') ORDER BY cid").pluck().all() as string[]).join(', ');
  db.exec(MEMBERS);
  db.exec(`INSERT INTO members_005 (${columns}) SELECT ${columns} FROM members`);
  db.exec('DROP TABLE members');
  db.exec('ALTER TABLE members_005 RENAME TO members');
  for (const sql of indexes) db.exec(sql);
  db.exec('CREATE UNIQUE INDEX members_ais ON members(ais_id)');
}

export const aisIdIndex: Migration = { version: 5, name: 'Уникальный индекс ID в АИС', up };
