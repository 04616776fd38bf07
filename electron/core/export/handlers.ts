import { requireRegistry, type FeatureHandlers } from '../handlers';
import { changesTable } from './changes';
import { memberTable, orgTable } from './lists';
import { writeExport } from './run-export';

export const exportHandlers: FeatureHandlers<'export.orgs' | 'export.members' | 'export.changes'> = (state) => ({
  'export.orgs': (args, ctx) => writeExport(orgTable(requireRegistry(state).db, args.orgId, args.subtree), args, ctx),
  'export.members': (args, ctx) => {
    const { path, format, encoding, sort, ...query } = args;
    return writeExport(memberTable(requireRegistry(state).db, query, sort), { path, format, encoding }, ctx);
  },
  'export.changes': (args, ctx) => writeExport(changesTable(requireRegistry(state).db, args.snapshotId), args, ctx),
});
