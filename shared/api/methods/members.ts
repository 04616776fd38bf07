import { z } from 'zod';
import type { MemberRow } from '../../domain/types';
import { memberQueryShape, memberSortSchema } from '../memberQuery';
import { method } from '../method';

export { MEMBER_SORT_FIELDS } from '../memberQuery';

export interface MemberPage {
  rows: MemberRow[];
  /** Members matching the query (search, filters, preset, ids). */
  total: number;
  /** Members of the same subtree without the search, filters, preset and ids (for «N из M»). */
  unfiltered: number;
}

export const memberMethods = {
  'members.list': method<MemberPage>()(
    z
      .object({
        ...memberQueryShape,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(5000).default(200),
        sort: memberSortSchema,
      })
      .strict(),
  ),
} as const;
