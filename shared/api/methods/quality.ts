// Data quality: the checks with their counts and affected records, the drill-down ids, the
// duplicate groups, and the settings kept in the file.
import { z } from 'zod';
import type { MemberRow } from '../../domain/types';
import { CHECK_IDS, DUPLICATE_CHECKS, FIX_IDS, type CheckMeta, type FixId } from '../../quality/catalog';
import { qualitySettingsSchema, type QualitySettings } from '../../quality/settings';
import type { Entity } from '../../edit/fields';
import type { ActionResult } from './edit';
import type { ExportedFile } from './indicators';
import { listArgsSchema, type PrintList } from '../../quality/lists';
import { lettersArgsSchema } from '../../quality/letters';
import { emptyArgs, idSchema, method } from '../method';

export interface CheckSummary extends CheckMeta {
  title: string;
  explanation: string;
  /** Records the check lists (members or organizations, by its entity). */
  count: number;
}

export interface QualityReport {
  /** The data date terms, ages and card ages are counted to. */
  asOf: string;
  cardDays: number;
  checks: CheckSummary[];
}

/** One affected record as the list under a check and the letters show it. */
export interface FindingRow {
  id: number;
  orgId: number;
  /** The organization the record is in (for an organization: itself). */
  orgName: string;
  /** «Иванова Анна Петровна» for a member, the organization's name for an organization. */
  who: string;
  field: string | null;
  problem: string;
}

export interface FindingPage {
  total: number;
  rows: FindingRow[];
}

/** One change a fix would make, as the preview lists it (values as people read them). */
export interface FixChangeView {
  id: number;
  who: string;
  orgName: string;
  field: string;
  before: string;
  after: string;
}

export interface FixPreview {
  fix: FixId;
  label: string;
  /** Records the fix changes. */
  records: number;
  changes: FixChangeView[];
}

/** An organization that gets a letter, and how many records it must correct. */
export interface LetterRecipient {
  orgId: number;
  code: string;
  orgName: string;
  /** «Фамилия И.О.», or '' without a chair. */
  chair: string;
  rows: number;
}

export interface LettersResult {
  letters: number;
  files: ExportedFile[];
}

export interface DuplicateGroupView {
  /** The records, in file order. */
  members: MemberRow[];
}

const checkId = z.enum(CHECK_IDS);
/** Overrides the file's setting for one call (the CLI's --card-days). */
const cardDays = qualitySettingsSchema.shape.cardDays.optional();
const fixIds = z.array(idSchema).max(1_000_000).nullable().default(null);

export const qualityMethods = {
  'quality.run': method<QualityReport>()(z.object({ cardDays, checks: z.array(checkId).min(1).optional() }).strict()),
  'quality.rows': method<FindingPage>()(
    z
      .object({
        checkId,
        cardDays,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1_000_000).default(200),
      })
      .strict(),
  ),
  /** The drill-down: exactly the records a check lists, for the members or organizations grid. */
  'quality.ids': method<{ entity: Entity; ids: number[] }>()(z.object({ checkId, cardDays }).strict()),
  'quality.duplicates': method<{ total: number; groups: DuplicateGroupView[] }>()(
    z
      .object({
        checkId: z.enum(DUPLICATE_CHECKS),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** Every change a fix would make; `ids` narrows it to chosen records (the card fix: any delivered card among them). */
  'quality.fixPreview': method<FixPreview>()(z.object({ fix: z.enum(FIX_IDS), ids: fixIds }).strict()),
  'quality.fixApply': method<ActionResult>()(z.object({ fix: z.enum(FIX_IDS), ids: fixIds }).strict()),
  'quality.merge': method<ActionResult>()(
    z
      .object({
        keepId: idSchema,
        removeIds: z.array(idSchema).min(1).max(20),
        /** Field → the id of the record whose value the kept record takes. */
        choices: z.record(z.string().max(60), idSchema).default({}),
      })
      .strict(),
  ),
  'quality.settings.get': method<QualitySettings>()(emptyArgs),
  /** A printable list (member list or card hand-out sheet) as data: the print view lays it out. */
  'lists.data': method<PrintList>()(listArgsSchema),
  /** The same list as DOCX: written to `path`, or returned for a download. */
  'lists.docx': method<ExportedFile>()(listArgsSchema.extend({ path: z.string().trim().min(1).nullable().default(null) })),
  'letters.recipients': method<LetterRecipient[]>()(lettersArgsSchema.pick({ checks: true, orgIds: true })),
  'letters.write': method<LettersResult>()(lettersArgsSchema),
  // Served by the desktop host, not the engine: prints the window's print view on a printer
  // (the system dialog) or into a PDF the user names; the browser prints with window.print().
  'host.print': method<{ path: string | null }>()(
    z.object({ mode: z.enum(['printer', 'pdf']), fileName: z.string().trim().min(1).max(200) }).strict(),
  ),
  'quality.settings.set': method<QualitySettings>()(qualitySettingsSchema.partial().strict()),
} as const;
