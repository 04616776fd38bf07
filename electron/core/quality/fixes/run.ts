// A fix's preview (every change: who, field, before, after) and its write as ONE undoable action
// through the editing engine (source «исправление»), so undo puts every field back.
import type { Database } from 'better-sqlite3';
import type { ActionResult } from '../../../../shared/api/methods/edit';
import type { FixPreview } from '../../../../shared/api/methods/quality';
import { displayValue } from '../../../../shared/edit/display';
import { fieldByKey } from '../../../../shared/edit/fields';
import type { FixId } from '../../../../shared/quality/catalog';
import { QUALITY_TEXT } from '../../../../shared/quality/strings';
import { applyFieldChanges, toResult } from '../../edit/apply';
import { orgLabel } from '../orgs';
import { memberNames } from '../rows';
import { findingsOf, type Session } from '../run';
import { QUALITY_ENGINE_TEXT as T } from '../strings';
import { planFix, type PlannedChange } from './plan';

function plan(session: Session, fix: FixId, ids: readonly number[] | null): PlannedChange[] {
  return planFix(session.ctx, fix, (id) => findingsOf(session, id), ids);
}

export function previewFix(session: Session, fix: FixId, ids: readonly number[] | null): FixPreview {
  const { db, orgs } = session.ctx;
  const changes = plan(session, fix, ids);
  const names = memberNames(db, [...new Set(changes.map((c) => c.id))]);
  return {
    fix,
    label: QUALITY_TEXT.fixes[fix],
    records: new Set(changes.map((c) => c.id)).size,
    changes: changes.map((c) => {
      const spec = fieldByKey('member', c.field)!;
      const org = orgs.byId.get(c.orgId);
      return {
        id: c.id,
        who: names.get(c.id) ?? '',
        orgName: org ? orgLabel(org) : '',
        field: spec.label,
        before: displayValue(spec, c.before),
        after: displayValue(spec, c.after),
      };
    }),
  };
}

export function applyFix(db: Database, session: Session, fix: FixId, ids: readonly number[] | null): ActionResult {
  const changes = plan(session, fix, ids);
  const records = new Set(changes.map((c) => c.id)).size;
  const outcome = applyFieldChanges(
    db,
    { source: 'fix', label: T.fixLabel(QUALITY_TEXT.fixes[fix], records) },
    changes.map((c) => ({ entity: 'member' as const, id: c.id, field: c.field, value: c.after })),
  );
  return toResult(db, outcome);
}
