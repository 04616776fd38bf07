// The settings a new document starts with, the same for the UI and the CLI: requisites from the
// file's root organization and its chair, today's date, the usual tiers and prizes.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { AppendixSettings, ContestSettings, DocumentKind, ResolutionSettings } from '../../../shared/domain/documents';
import type { Gender, OrgLevel } from '../../../shared/domain/enums';
import { formatDateGenitiveYear, formatDateNumeric } from '../../../shared/ru';
import { currentAsOf, parseNameCases } from '../indicators/current';
import { DEFAULT_CONTEST_NAME } from './contest-text';
import type { DocumentLevel } from './level-words';
import { orgIn } from './names';
import { PROJECT } from './parts';
import { placeFromAddress, regionRequisites, type RootOrg } from './region';
import { DEFAULT_RESOLUTION_TITLE } from './resolution-text';

interface RootRecord {
  name: string;
  short_name: string | null;
  level: OrgLevel;
  address: string | null;
  name_cases: string | null;
  chair_surname: string | null;
  chair_name: string | null;
  chair_patronymic: string | null;
  chair_gender: Gender | null;
}

export interface FileContext {
  root: RootOrg;
  address: string | null;
  level: DocumentLevel;
  asOf: string;
}

export function fileContext(db: Database): FileContext {
  const r = db
    .prepare(
      `SELECT name, short_name, level, address, name_cases, chair_surname, chair_name, chair_patronymic, chair_gender
         FROM organizations WHERE parent_id IS NULL ORDER BY id LIMIT 1`,
    )
    .get() as RootRecord | undefined;
  if (!r) throw new AppError('not_found', 'В файле нет организаций: документ не из чего составить. Загрузите выгрузку из АИС.');
  const has = (level: OrgLevel) => db.prepare('SELECT 1 FROM organizations WHERE level = ? LIMIT 1').get(level) !== undefined;
  const level: DocumentLevel = r.level === 'union' && has('regional') ? 'regional' : has('local') ? 'local' : 'primary';
  const surname = (r.chair_surname ?? '').trim();
  return {
    root: {
      name: r.name,
      shortName: r.short_name,
      level: r.level,
      nameCases: parseNameCases(r.name_cases),
      chair: surname ? { surname, name: r.chair_name, patronymic: r.chair_patronymic, gender: r.chair_gender } : null,
    },
    address: r.address,
    level,
    asOf: currentAsOf(db),
  };
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The same day two months later (the last day of that month when it has no such day). */
export function twoMonthsLater(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = m + 2;
  const year = y + Math.floor((month - 1) / 12);
  const mm = ((month - 1) % 12) + 1;
  const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  return `${year}-${String(mm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function header(ctx: FileContext, today: string, title: string) {
  const req = regionRequisites(ctx.root);
  return {
    parentOrg: req.parentOrg,
    org: req.org,
    body: 'ПРЕЗИДИУМ',
    docType: 'ПОСТАНОВЛЕНИЕ',
    date: today,
    place: placeFromAddress(ctx.address),
    number: '',
    title,
    signerPosition: req.signerPosition,
    signerName: req.signerName,
  };
}

export function resolutionDefaults(ctx: FileContext, today = todayIso()): ResolutionSettings {
  const req = regionRequisites(ctx.root);
  return {
    ...header(ctx, today, DEFAULT_RESOLUTION_TITLE),
    level: ctx.level,
    compareSnapshotId: null,
    deadline: twoMonthsLater(today),
    speaker: req.speaker,
    control: req.control,
    thresholds: null,
    withAppendix: true,
    leftMarginMm: 30,
  };
}

/** «Приложение / к постановлению президиума … / от 24.12.2026 № 3-7». */
export function appendixCaption(ctx: FileContext, date: string, number: string): string {
  return `Приложение\nк постановлению президиума ${orgIn(ctx.root, 'genitive')}\nот ${formatDateNumeric(date)} № ${number.trim() || '____'}`;
}

export function appendixTitle(ctx: FileContext): string {
  return `Информация о ходе реализации проекта ${PROJECT}\nв ${orgIn(ctx.root, 'prepositional')} на ${formatDateGenitiveYear(ctx.asOf)}`;
}

export function appendixDefaults(ctx: FileContext, today = todayIso()): AppendixSettings {
  return { caption: appendixCaption(ctx, today, ''), title: appendixTitle(ctx), level: ctx.level, leftMarginMm: 30 };
}

export function contestDefaults(ctx: FileContext, today = todayIso()): ContestSettings {
  return {
    ...header(ctx, today, `Об итогах конкурса ${DEFAULT_CONTEST_NAME}`),
    level: ctx.level,
    indicator: 'coverage',
    contestName: DEFAULT_CONTEST_NAME,
    prizes: [
      { place: 1, amount: 10000 },
      { place: 2, amount: 7000 },
      { place: 3, amount: 5000 },
    ],
    gratitudeUpTo: 6,
    control: regionRequisites(ctx.root).control,
    leftMarginMm: 30,
  };
}

export function defaultsFor(kind: DocumentKind, ctx: FileContext, today = todayIso()): ResolutionSettings | AppendixSettings | ContestSettings {
  if (kind === 'resolution') return resolutionDefaults(ctx, today);
  if (kind === 'appendix') return appendixDefaults(ctx, today);
  return contestDefaults(ctx, today);
}
