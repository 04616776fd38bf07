// Which members a list shows: the subtree, quick FIO search, column filters, a named preset and
// an outside list of ids (a data-quality check drilling down into the grid). Shared by
// members.list, members.ids and every page that opens the members grid with a filter.
import { z } from 'zod';
import { MEMBER_FIELDS } from '../edit/fields';
import { idSchema } from './method';

/** Named filters of the members grid (labels in shared/edit/strings: MEMBER_PRESET_LABELS). */
export const MEMBER_PRESETS = ['noCategory', 'cardDelivered', 'refusedNoApp', 'removed'] as const;
export type MemberPreset = (typeof MEMBER_PRESETS)[number];

/** Every card field can be sorted and filtered, and the organization's name too. */
export const MEMBER_SORT_FIELDS: [string, ...string[]] = ['orgName', ...MEMBER_FIELDS.map((f) => f.key)];
export const MEMBER_FILTER_FIELDS = MEMBER_SORT_FIELDS;

export const TEXT_FILTER_OPS = ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank'] as const;
export const DATE_FILTER_OPS = ['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата в виде ГГГГ-ММ-ДД');

const condition = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), op: z.enum(TEXT_FILTER_OPS), value: z.string().max(500).default('') }).strict(),
  z
    .object({
      type: z.literal('date'),
      op: z.enum(DATE_FILTER_OPS),
      from: isoDate.nullable().default(null),
      to: isoDate.nullable().default(null),
    })
    .strict(),
  // Enumerations and yes/no: the ids (or '1'/'0'), null for «(Пустые)».
  z.object({ type: z.literal('set'), values: z.array(z.string().max(50).nullable()).max(50) }).strict(),
]);
export type FilterCondition = z.output<typeof condition>;

export const columnFilterSchema = z
  .object({
    field: z.enum(MEMBER_FILTER_FIELDS),
    join: z.enum(['and', 'or']).default('and'),
    conditions: z.array(condition).min(1).max(2),
  })
  .strict();
export type ColumnFilter = z.output<typeof columnFilterSchema>;

export const memberQueryShape = {
  /** The selected organization; its subtree unless `subtree` is false; null for the whole file. */
  orgId: idSchema.nullable().default(null),
  subtree: z.boolean().default(true),
  includeRemoved: z.boolean().default(false),
  /** Quick search: a prefix of «Фамилия Имя Отчество», any case, ё as е. */
  search: z.string().max(200).default(''),
  preset: z.enum(MEMBER_PRESETS).nullable().default(null),
  /** Only these members (a drill-down from outside the grid). */
  ids: z.array(idSchema).max(1_000_000).nullable().default(null),
  filters: z.array(columnFilterSchema).max(40).default([]),
};
export const memberQuerySchema = z.object(memberQueryShape).strict();
export type MemberQuery = z.output<typeof memberQuerySchema>;
export type MemberQueryIn = z.input<typeof memberQuerySchema>;

export const memberSortSchema = z
  .array(z.object({ field: z.enum(MEMBER_SORT_FIELDS), dir: z.enum(['asc', 'desc']) }).strict())
  .max(5)
  .default([]);
