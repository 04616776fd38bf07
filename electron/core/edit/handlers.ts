import { toMemberRow, type MemberRecord } from '../db/rows';
import { requireRegistry, type FeatureHandlers } from '../handlers';
import { listMemberIds } from '../members/list';
import { addMember, removeMembers, restoreMembers, transferMembers } from '../members/lifecycle';
import { orgGrid } from '../orgs/grid';
import { addOrganization, deleteOrganization, liquidateOrganization, moveOrganization } from '../orgs/operations';
import { AppError } from '../../../shared/api/errors';
import { applyFieldChanges, setManyFields, toResult } from './apply';
import { recordHistory } from './history';
import { readLayout, writeLayout } from './layout';
import { describeRecord } from './tables';
import { EDIT_ENGINE_TEXT } from './strings';
import { redoNext, undoLast, undoState } from './undo';

type EditMethod =
  | 'edit.apply'
  | 'edit.setMany'
  | 'edit.undo'
  | 'edit.redo'
  | 'edit.state'
  | 'edit.history'
  | 'members.get'
  | 'members.ids'
  | 'members.add'
  | 'members.transfer'
  | 'members.remove'
  | 'members.restore'
  | 'orgs.grid'
  | 'orgs.add'
  | 'orgs.move'
  | 'orgs.liquidate'
  | 'orgs.delete'
  | 'ui.layout.get'
  | 'ui.layout.set';

export const editHandlers: FeatureHandlers<EditMethod> = (state) => {
  const db = () => requireRegistry(state).db;
  return {
    'edit.apply': ({ source, label, changes }) => toResult(db(), applyFieldChanges(db(), { source, label }, changes)),
    'edit.setMany': ({ entity, ids, values, source, label }) =>
      toResult(db(), setManyFields(db(), { source, label }, entity, ids, values)),
    'edit.undo': () => undoLast(db()),
    'edit.redo': () => redoNext(db()),
    'edit.state': () => undoState(db()),
    'edit.history': ({ entity, id, limit }) => recordHistory(db(), entity, id, limit),

    'members.get': ({ id }) => {
      const row = db()
        .prepare('SELECT m.*, o.name AS org_name FROM members m JOIN organizations o ON o.id = m.org_id WHERE m.id = ?')
        .get(id) as (MemberRecord & { org_name: string }) | undefined;
      if (!row) throw new AppError('not_found', EDIT_ENGINE_TEXT.notFound(describeRecord('member', id, undefined)));
      return toMemberRow(row);
    },
    'members.ids': (args) => listMemberIds(db(), args),
    'members.add': ({ orgId, values }) => {
      const outcome = addMember(db(), orgId, values);
      return toResult(db(), outcome, outcome.result);
    },
    'members.transfer': ({ ids, orgId, date }) => toResult(db(), transferMembers(db(), ids, orgId, date)),
    'members.remove': ({ ids, date, reason }) => toResult(db(), removeMembers(db(), ids, date, reason)),
    'members.restore': ({ ids }) => toResult(db(), restoreMembers(db(), ids)),

    'orgs.grid': () => orgGrid(db()),
    'orgs.add': ({ parentId, level, values }) => {
      const outcome = addOrganization(db(), parentId, level, values);
      return toResult(db(), outcome, outcome.result);
    },
    'orgs.move': ({ id, parentId }) => toResult(db(), moveOrganization(db(), id, parentId)),
    'orgs.liquidate': ({ id }) => toResult(db(), liquidateOrganization(db(), id)),
    'orgs.delete': ({ id }) => toResult(db(), deleteOrganization(db(), id)),

    'ui.layout.get': ({ key }) => readLayout(db(), key),
    'ui.layout.set': ({ key, columns }) => {
      writeLayout(db(), key, columns);
      return null;
    },
  };
};
