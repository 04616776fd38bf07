// Document drafts (DOMAIN.md «Documents»): the settings a user fills in the form, and the draft
// of editable parts the engine generates from the data. Zod schemas, because the same settings
// arrive from the UI, from the CLI's --settings file and from the drafts stored in the file.
import { z } from 'zod';
import { INDICATOR_KEYS, type IndicatorKey } from './indicators';
import { thresholdsSchema } from './thresholds';

export const DOCUMENT_KINDS = ['resolution', 'appendix', 'contest'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  resolution: 'Постановление президиума о ходе цифровизации',
  appendix: 'Приложение: информация о ходе реализации',
  contest: 'Итоги конкурса',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата в виде ГГГГ-ММ-ДД');
const text = (max: number) => z.string().max(max, `Не длиннее ${max} знаков`);

/** Levels a document lists organizations of. */
export const DOCUMENT_LEVELS = ['local', 'primary', 'regional', 'district'] as const;

/** The header requisites of a resolution (ГОСТ Р 7.0.97: организация, вид документа, дата, место, номер). */
export const headerSchema = z.object({
  parentOrg: text(400),
  org: text(400),
  body: text(100),
  docType: text(100),
  date: isoDate,
  place: text(200),
  number: text(50),
  title: text(600),
});

export const signatureSchema = z.object({
  /** «Председатель Заозёрской областной организации Профсоюза». */
  signerPosition: text(300),
  /** «А.С. Воронцов». */
  signerName: text(100),
});

export const resolutionSettingsSchema = headerSchema.extend(signatureSchema.shape).extend({
  level: z.enum(DOCUMENT_LEVELS),
  /** The snapshot the dynamics are counted from; null: no dynamics paragraph. */
  compareSnapshotId: z.number().int().positive().nullable(),
  deadline: isoDate,
  /** Whose information the presidium heard, in the genitive. */
  speaker: text(400),
  /** On whom control is laid, in the accusative. */
  control: text(400),
  /** Tiers other than the file's thresholds; null: the file's. */
  thresholds: thresholdsSchema.nullable(),
  withAppendix: z.boolean(),
  leftMarginMm: z.union([z.literal(20), z.literal(30)]),
});
export type ResolutionSettings = z.infer<typeof resolutionSettingsSchema>;

export const appendixSettingsSchema = z.object({
  /** «Приложение к постановлению президиума … от … № …». */
  caption: text(600),
  title: text(600),
  level: z.enum(DOCUMENT_LEVELS),
  leftMarginMm: z.union([z.literal(20), z.literal(30)]),
});
export type AppendixSettings = z.infer<typeof appendixSettingsSchema>;

export const prizeSchema = z.object({
  place: z.number().int().min(1).max(100),
  amount: z.number().min(0).max(10_000_000),
});

export const contestSettingsSchema = headerSchema.extend(signatureSchema.shape).extend({
  level: z.enum(DOCUMENT_LEVELS),
  indicator: z.enum(INDICATOR_KEYS as [IndicatorKey, ...IndicatorKey[]]),
  /** The contest's name in the genitive after «итоги конкурса»: «на лучшую организацию работы …». */
  contestName: text(400),
  prizes: z.array(prizeSchema).max(20),
  /** Places from the last prize + 1 up to this one get «объявить благодарность». */
  gratitudeUpTo: z.number().int().min(0).max(100),
  /** On whom control is laid, in the accusative. */
  control: text(400),
  leftMarginMm: z.union([z.literal(20), z.literal(30)]),
});
export type ContestSettings = z.infer<typeof contestSettingsSchema>;

export type DocumentSettings =
  | { kind: 'resolution'; settings: ResolutionSettings }
  | { kind: 'appendix'; settings: AppendixSettings }
  | { kind: 'contest'; settings: ContestSettings };

/**
 * How a part is laid out: a justified paragraph with a first-line indent; a numbered list (its
 * lines are the items); «ПОСТАНОВЛЯЕТ:» on its own line; a numbered point of the operative part
 * and the sub-items under it (numbered «2.1.», «2.2.» …).
 */
export const PART_KINDS = ['paragraph', 'items', 'decides', 'point', 'subitems'] as const;
export type PartKind = (typeof PART_KINDS)[number];

export const partSchema = z.object({
  key: z.string().min(1).max(100),
  kind: z.enum(PART_KINDS),
  /** Text that does not depend on the data: the user's edit survives regeneration. */
  fixed: z.boolean(),
  /** What the program generated; for lists, one item per line. */
  generated: z.string().max(200_000),
  /** The user's text, or null when the part is as generated. An empty string leaves the part out. */
  edited: z.string().max(200_000).nullable(),
});
export type DraftPart = z.infer<typeof partSchema>;

/** The text a part prints: the user's where edited. */
export function partText(p: DraftPart): string {
  return p.edited ?? p.generated;
}

/** A document draft as stored in the file (documents.content). */
export interface DraftContent {
  kind: DocumentKind;
  settings: ResolutionSettings | AppendixSettings | ContestSettings;
  parts: DraftPart[];
  /** The data date the parts were generated from. */
  asOf: string;
  /** What the user should check: chairs of unknown gender, empty lists. */
  warnings: string[];
}

export interface DocumentDraft extends DraftContent {
  id: number;
  title: string;
  createdAt: string;
  updatedAt: string;
}

/** A draft in the list of saved documents. */
export interface DraftSummary {
  id: number;
  kind: DocumentKind;
  title: string;
  updatedAt: string;
}
