import { z } from 'zod';
import type { MemberRow } from '../../domain/types';
import { idSchema, method } from '../method';

export const MEMBER_SORT_FIELDS = [
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'category',
  'cardStatus',
  'joinedOn',
  'registeredOn',
  'orgName',
] as const;

export interface MemberPage {
  rows: MemberRow[];
  total: number;
}

export const memberMethods = {
  'members.list': method<MemberPage>()(
    z
      .object({
        orgId: idSchema.nullable().default(null),
        subtree: z.boolean().default(true),
        includeRemoved: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(5000).default(200),
        sort: z
          .array(z.object({ field: z.enum(MEMBER_SORT_FIELDS), dir: z.enum(['asc', 'desc']) }))
          .max(5)
          .default([]),
      })
      .strict(),
  ),
} as const;
