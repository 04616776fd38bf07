// Editing: the action log (apply, undo, redo, history), the member lifecycle, organization
// operations, the organization grid with roll-ups and the grids' remembered column layouts.
import { z } from 'zod';
import { CHANGE_SOURCES, ORG_LEVELS, REMOVAL_REASONS, type ChangeSource } from '../../domain/enums';
import type { MemberRow, Organization, OrgTreeNode } from '../../domain/types';
import { ENTITIES, type Entity } from '../../edit/fields';
import { memberQueryShape, memberSortSchema } from '../memberQuery';
import { emptyArgs, idSchema, method } from '../method';

/** One recorded user action as the undo button and the history name it. */
export interface ActionSummary {
  id: number;
  at: string;
  source: ChangeSource;
  label: string;
}

export interface UndoState {
  /** The action Ctrl+Z would undo. */
  undo: ActionSummary | null;
  /** The action Ctrl+Y would redo. */
  redo: ActionSummary | null;
}

export interface ActionResult {
  /** null when nothing changed (every value was already as asked). */
  action: ActionSummary | null;
  /** Fields changed. */
  changed: number;
  /** The new record's id for add operations. */
  id: number | null;
  undo: UndoState;
}

export interface UndoResult {
  action: ActionSummary;
  /** What the undone or redone action touched: the pages reload these. */
  entities: Entity[];
  undo: UndoState;
}

/** One field change of a record, newest first in `edit.history`. */
export interface HistoryEntry {
  changeId: number;
  actionId: number | null;
  at: string;
  source: ChangeSource;
  label: string | null;
  /** The API field ('email', 'cardStatus'…), or '*' for the record's creation or deletion. */
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** A row of the organization grid: the passport, the member counts and the roll-ups. */
export interface OrgGridRow extends Organization, OrgTreeNode {
  /** Members by the stat report: the organization's own figure, else the sum of its children's. */
  stat: number | null;
  /** totalMembers / stat × 100; null without a stat figure. */
  coverage: number | null;
}

export const GRID_LAYOUT_KEYS = ['membersGrid', 'orgGrid'] as const;
export interface GridLayoutColumn {
  colId: string;
  width?: number;
  hide?: boolean;
}

/** A value as typed or pasted: the engine reads it with the field's parser. */
export const cellValueSchema = z.union([z.string().max(100_000), z.number().finite(), z.boolean(), z.null()]);
const entitySchema = z.enum(ENTITIES);
const sourceSchema = z.enum(CHANGE_SOURCES);
const labelSchema = z.string().trim().min(1).max(300);
const idsSchema = z.array(idSchema).min(1).max(1_000_000);
const valuesSchema = z.record(z.string().max(60), cellValueSchema);
const dateArg = z.string().trim().min(1, 'Укажите дату').max(30);

export const editMethods = {
  'edit.apply': method<ActionResult>()(
    z
      .object({
        source: sourceSchema,
        label: labelSchema,
        changes: z
          .array(z.object({ entity: entitySchema, id: idSchema, field: z.string().max(60), value: cellValueSchema }).strict())
          .min(1)
          .max(500_000),
      })
      .strict(),
  ),
  'edit.setMany': method<ActionResult>()(
    z.object({ entity: entitySchema, ids: idsSchema, values: valuesSchema, source: sourceSchema, label: labelSchema }).strict(),
  ),
  'edit.undo': method<UndoResult>()(emptyArgs),
  'edit.redo': method<UndoResult>()(emptyArgs),
  'edit.state': method<UndoState>()(emptyArgs),
  'edit.history': method<HistoryEntry[]>()(
    z.object({ entity: entitySchema, id: idSchema, limit: z.number().int().min(1).max(5000).default(500) }).strict(),
  ),

  'members.get': method<MemberRow>()(z.object({ id: idSchema }).strict()),
  'members.ids': method<number[]>()(
    z
      .object({
        ...memberQueryShape,
        sort: memberSortSchema,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1_000_000),
      })
      .strict(),
  ),
  'members.add': method<ActionResult>()(z.object({ orgId: idSchema, values: valuesSchema }).strict()),
  'members.transfer': method<ActionResult>()(z.object({ ids: idsSchema, orgId: idSchema, date: dateArg }).strict()),
  'members.remove': method<ActionResult>()(
    z.object({ ids: idsSchema, date: dateArg, reason: z.enum(REMOVAL_REASONS) }).strict(),
  ),
  'members.restore': method<ActionResult>()(z.object({ ids: idsSchema }).strict()),

  'orgs.grid': method<OrgGridRow[]>()(emptyArgs),
  'orgs.add': method<ActionResult>()(
    z.object({ parentId: idSchema, level: z.enum(ORG_LEVELS), values: valuesSchema }).strict(),
  ),
  'orgs.move': method<ActionResult>()(z.object({ id: idSchema, parentId: idSchema }).strict()),
  'orgs.liquidate': method<ActionResult>()(z.object({ id: idSchema }).strict()),
  'orgs.delete': method<ActionResult>()(z.object({ id: idSchema }).strict()),

  'ui.layout.get': method<GridLayoutColumn[] | null>()(z.object({ key: z.enum(GRID_LAYOUT_KEYS) }).strict()),
  'ui.layout.set': method<null>()(
    z
      .object({
        key: z.enum(GRID_LAYOUT_KEYS),
        columns: z
          .array(
            z
              .object({
                colId: z.string().min(1).max(60),
                width: z.number().int().min(20).max(2000).optional(),
                hide: z.boolean().optional(),
              })
              .strict(),
          )
          .max(100),
      })
      .strict(),
  ),
} as const;
