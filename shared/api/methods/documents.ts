import { z } from 'zod';
import {
  DOCUMENT_KINDS,
  partSchema,
  type AppendixSettings,
  type ContestSettings,
  type DocumentDraft,
  type DraftSummary,
  type ResolutionSettings,
} from '../../domain/documents';
import { emptyArgs, idSchema, method } from '../method';
import type { ExportedFile } from './indicators';

export type AnySettings = ResolutionSettings | AppendixSettings | ContestSettings;

// Settings are checked by the engine against the schema of the draft's kind, with the field names
// in the message; here they only need to be an object.
const settingsArg = z.record(z.string(), z.unknown());

export const documentMethods = {
  'documents.defaults': method<AnySettings>()(z.object({ kind: z.enum(DOCUMENT_KINDS) }).strict()),
  'documents.list': method<DraftSummary[]>()(emptyArgs),
  'documents.get': method<DocumentDraft>()(z.object({ id: idSchema }).strict()),
  'documents.create': method<DocumentDraft>()(z.object({ kind: z.enum(DOCUMENT_KINDS), settings: settingsArg }).strict()),
  'documents.save': method<DocumentDraft>()(
    z
      .object({
        id: idSchema,
        settings: settingsArg.optional(),
        parts: z.array(partSchema.pick({ key: true, edited: true })).max(1000).optional(),
      })
      .strict(),
  ),
  'documents.regenerate': method<{ draft: DocumentDraft; replaced: string[] }>()(z.object({ id: idSchema }).strict()),
  'documents.delete': method<null>()(z.object({ id: idSchema }).strict()),
  'documents.export': method<ExportedFile>()(
    z.object({ id: idSchema, path: z.string().trim().min(1).nullable().default(null) }).strict(),
  ),
} as const;
