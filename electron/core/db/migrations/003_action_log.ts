import type { Migration } from './types';

// The action log behind undo/redo: every user action (an edit, a paste, a bulk edit, an import,
// a fix) is one row of `actions`, and its field changes point at it. The changes table is rebuilt
// to get the foreign key (SQLite cannot add one in place); change rows written before this version
// with an action number get an action of their own, so none is lost. A member's transfer date
// (перевод, with date) gets its own column: the card keeps its record and history across a transfer.
export const actionLog: Migration = {
  version: 3,
  name: 'Журнал действий (отмена и повтор), дата перевода',
  up: `
CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('edit','paste','bulk','import','fix')),
  label TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0,1))
) STRICT;
CREATE INDEX actions_undone ON actions(undone, id);

INSERT INTO actions (id, at, source, label)
SELECT action_id, min(at), min(source), 'Изменения, записанные до журнала действий'
  FROM changes WHERE action_id IS NOT NULL GROUP BY action_id;

CREATE TABLE changes_new (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action_id INTEGER REFERENCES actions(id) ON DELETE CASCADE,
  entity TEXT NOT NULL CHECK (entity IN ('organization','member')),
  entity_id INTEGER NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  source TEXT NOT NULL CHECK (source IN ('edit','paste','bulk','import','fix'))
) STRICT;
INSERT INTO changes_new (id, at, action_id, entity, entity_id, field, old_value, new_value, source)
SELECT id, at, action_id, entity, entity_id, field, old_value, new_value, source FROM changes;
DROP TABLE changes;
ALTER TABLE changes_new RENAME TO changes;
CREATE INDEX changes_entity ON changes(entity, entity_id);
CREATE INDEX changes_at ON changes(at);
CREATE INDEX changes_action ON changes(action_id);

ALTER TABLE members ADD COLUMN transferred_on TEXT;
`,
};
