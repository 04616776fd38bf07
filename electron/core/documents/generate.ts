// From settings (and, for a saved draft, the user's parts) to a DOCX: the indicators are computed
// once per document, for the text and for the appendix tables alike.
import type { Database } from 'better-sqlite3';
import {
  appendixSettingsSchema,
  contestSettingsSchema,
  resolutionSettingsSchema,
  type AppendixSettings,
  type ContestSettings,
  type DocumentKind,
  type DraftContent,
  type DraftPart,
  type ResolutionSettings,
} from '../../../shared/domain/documents';
import { formatIndicator } from '../../../shared/domain/indicator-format';
import { INDICATOR_LABELS, type IndicatorTable } from '../../../shared/domain/indicators';
import { computeIndicators } from '../indicators/compute';
import { appendixTables } from './appendix-tables';
import { contestParts, contestRanking } from './contest-text';
import { appendixCaption, appendixTitle, fileContext, type FileContext } from './defaults';
import { appendixDocument, contestDocument, resolutionDocument, toBuffer, type AppendixContent } from './docx/build';
import { chairInitials, docName, genderWarnings } from './names';
import { resolutionParts } from './resolution-text';

type Settings = ResolutionSettings | AppendixSettings | ContestSettings;

/** Settings of a kind, checked: a stored draft or a settings file may hold anything. */
export function parseSettings(kind: DocumentKind, settings: unknown): Settings {
  if (kind === 'resolution') return resolutionSettingsSchema.parse(settings);
  if (kind === 'appendix') return appendixSettingsSchema.parse(settings);
  return contestSettingsSchema.parse(settings);
}

function tableFor(db: Database, kind: DocumentKind, settings: Settings): IndicatorTable {
  if (kind === 'resolution') {
    const s = settings as ResolutionSettings;
    return computeIndicators(db, { level: s.level, compareId: s.compareSnapshotId, thresholds: s.thresholds });
  }
  return computeIndicators(db, { level: settings.level });
}

function partsFor(kind: DocumentKind, table: IndicatorTable, settings: Settings): DraftPart[] {
  if (kind === 'resolution') return resolutionParts({ table, settings: settings as ResolutionSettings });
  if (kind === 'contest') return contestParts(table, settings as ContestSettings);
  return [];
}

function warningsFor(kind: DocumentKind, table: IndicatorTable): string[] {
  const warnings = kind === 'appendix' ? [] : genderWarnings(table.rows);
  if (table.rows.length === 0) warnings.push('Организаций выбранного уровня в файле нет: списки и таблицы будут пустыми.');
  return warnings;
}

/** A fresh draft from the data. */
export function generateDraft(db: Database, kind: DocumentKind, settings: Settings): DraftContent {
  const table = tableFor(db, kind, settings);
  return { kind, settings, parts: partsFor(kind, table, settings), asOf: table.source.asOf, warnings: warningsFor(kind, table) };
}

function resolutionAppendix(ctx: FileContext, s: ResolutionSettings, table: IndicatorTable): AppendixContent {
  return { caption: appendixCaption(ctx, s.date, s.number), title: appendixTitle(ctx), tables: appendixTables(table) };
}

function contestAppendix(ctx: FileContext, s: ContestSettings, table: IndicatorTable): AppendixContent {
  const ranking = contestRanking(table, s);
  return {
    caption: appendixCaption(ctx, s.date, s.number),
    title: `Результаты конкурса ${s.contestName}`,
    tables: [
      {
        caption: `Места по показателю «${INDICATOR_LABELS[s.indicator]}»`,
        columns: [
          { header: 'Место', widthMm: 14, align: 'center' },
          { header: 'Организация', widthMm: 80, align: 'left' },
          { header: 'Председатель', widthMm: 40, align: 'left' },
          { header: INDICATOR_LABELS[s.indicator], widthMm: 30, align: 'right' },
        ],
        rows: ranking.map((r) => [String(r.place), docName(r.row), r.row.chair ? chairInitials(r.row.chair, 'nominative') : '', formatIndicator(s.indicator, r.value)]),
        total: null,
        emptyText: 'Нет организаций со значением показателя.',
      },
    ],
  };
}

/**
 * The DOCX of a document. `parts` are a saved draft's (the user's text); without them the text is
 * generated now. The appendix tables always show the data as it is now.
 */
export async function renderDocument(db: Database, kind: DocumentKind, settings: Settings, parts?: readonly DraftPart[] | null): Promise<Buffer> {
  const table = tableFor(db, kind, settings);
  const text = parts ?? partsFor(kind, table, settings);
  const ctx = fileContext(db);
  if (kind === 'resolution') {
    const s = settings as ResolutionSettings;
    return toBuffer(resolutionDocument(s, text, s.withAppendix ? resolutionAppendix(ctx, s, table) : null));
  }
  if (kind === 'contest') {
    const s = settings as ContestSettings;
    return toBuffer(contestDocument(s, text, contestAppendix(ctx, s, table)));
  }
  return toBuffer(appendixDocument(settings as AppendixSettings, appendixTables(table)));
}

