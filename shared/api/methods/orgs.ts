import { z } from 'zod';
import type { OrgTreeNode, Organization } from '../../domain/types';
import { emptyArgs, idSchema, method } from '../method';

export const orgMethods = {
  'orgs.tree': method<OrgTreeNode[]>()(emptyArgs),
  'orgs.get': method<Organization>()(z.object({ id: idSchema }).strict()),
} as const;
