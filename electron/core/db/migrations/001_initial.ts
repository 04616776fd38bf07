import type { Migration } from './types';

// The first schema: the organization tree, member cards, snapshots of loads, the field-level
// change log, settings and saved document drafts. Enumerations are checked by the database too,
// so no host can write a value the UI cannot show.
export const initial: Migration = {
  version: 1,
  name: 'Начальная схема реестра',
  up: `
CREATE TABLE organizations (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  parent_id INTEGER REFERENCES organizations(id) ON DELETE RESTRICT,
  level TEXT NOT NULL CHECK (level IN ('union','regional','district','local','primary','unit')),
  kind TEXT,
  name TEXT NOT NULL,
  short_name TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','liquidating','liquidated')),
  inn TEXT,
  address TEXT,
  chair_surname TEXT,
  chair_name TEXT,
  chair_patronymic TEXT,
  chair_gender TEXT CHECK (chair_gender IN ('male','female')),
  chair_phone TEXT,
  chair_email TEXT,
  chair_email_consent INTEGER CHECK (chair_email_consent IN (0,1)),
  chair_term_start TEXT,
  chair_term_end TEXT,
  stat_members INTEGER CHECK (stat_members >= 0),
  stat_employees INTEGER CHECK (stat_employees >= 0),
  stat_auto_report INTEGER CHECK (stat_auto_report IN (0,1)),
  name_cases TEXT
) STRICT;
CREATE INDEX organizations_parent ON organizations(parent_id);
CREATE INDEX organizations_level ON organizations(level);

CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  ais_id TEXT UNIQUE,
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
    ('own_wish','dismissal','graduation','transfer','death','expulsion','not_in_export','duplicate','other'))
) STRICT;
CREATE INDEX members_org ON members(org_id, removed_on);
CREATE INDEX members_fio ON members(fio_norm);
CREATE INDEX members_card_status ON members(card_status);

CREATE TABLE snapshots (
  id INTEGER PRIMARY KEY,
  as_of TEXT NOT NULL,
  source TEXT NOT NULL,
  created_at TEXT NOT NULL,
  org_count INTEGER NOT NULL,
  member_count INTEGER NOT NULL,
  indicators TEXT
) STRICT;

CREATE TABLE changes (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action_id INTEGER,
  entity TEXT NOT NULL CHECK (entity IN ('organization','member')),
  entity_id INTEGER NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  source TEXT NOT NULL CHECK (source IN ('edit','paste','bulk','import','fix'))
) STRICT;
CREATE INDEX changes_entity ON changes(entity, entity_id);
CREATE INDEX changes_at ON changes(at);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  content TEXT NOT NULL
) STRICT;
`,
};
