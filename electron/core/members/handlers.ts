import { requireRegistry, type FeatureHandlers } from '../handlers';
import { listMembers } from './list';

export const memberHandlers: FeatureHandlers<'members.list'> = (state) => ({
  'members.list': (args) => listMembers(requireRegistry(state).db, args),
});
