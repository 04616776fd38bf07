import type { Database } from 'better-sqlite3';
import { CHECK_IDS, CHECK_META } from '../../../shared/quality/catalog';
import { QUALITY_TEXT } from '../../../shared/quality/strings';
import { requireRegistry, type FeatureHandlers } from '../handlers';
import { memberRowsByIds } from './members';
import { findingRows } from './rows';
import { checkSession, findingsOf } from './run';
import { readQualitySettings, writeQualitySettings } from './settings';
import { deliver, safeFileName } from '../indicators/handlers';
import { duplicateGroupsFor } from './checks/duplicates';
import { buildLetters, letterRecipients } from './letters/build';
import { writeLetters } from './letters/write';
import { buildList } from './lists/build';
import { listDocx } from './lists/docx';
import { mergeDuplicates } from './fixes/merge';
import { applyFix, previewFix } from './fixes/run';

function session(db: Database, cardDays: number | undefined) {
  return checkSession(db, { cardDays: cardDays ?? readQualitySettings(db).cardDays });
}

export const qualityHandlers: FeatureHandlers<
  | 'quality.run'
  | 'quality.rows'
  | 'quality.ids'
  | 'quality.duplicates'
  | 'quality.fixPreview'
  | 'quality.fixApply'
  | 'quality.merge'
  | 'quality.settings.get'
  | 'quality.settings.set'
  | 'lists.data'
  | 'lists.docx'
  | 'letters.recipients'
  | 'letters.write'
> = (state) => ({
  'quality.run': ({ cardDays, checks }) => {
    const s = session(requireRegistry(state).db, cardDays);
    const ids = checks ?? CHECK_IDS;
    return {
      asOf: s.ctx.asOf,
      cardDays: s.ctx.options.cardDays,
      checks: ids.map((id) => {
        const text = QUALITY_TEXT.checks[id];
        const title = id === 'member.cardDelivered' ? QUALITY_TEXT.cardTitle(s.ctx.options.cardDays) : text.title;
        return { ...CHECK_META[id], title, explanation: text.explanation, count: findingsOf(s, id).length };
      }),
    };
  },
  'quality.rows': ({ checkId, cardDays, offset, limit }) => {
    const { db } = requireRegistry(state);
    const s = session(db, cardDays);
    const all = findingsOf(s, checkId);
    return { total: all.length, rows: findingRows(db, s.ctx.orgs, CHECK_META[checkId].entity, all.slice(offset, offset + limit)) };
  },
  'quality.ids': ({ checkId, cardDays }) => {
    const s = session(requireRegistry(state).db, cardDays);
    return { entity: CHECK_META[checkId].entity, ids: [...new Set(findingsOf(s, checkId).map((f) => f.id))] };
  },
  'quality.duplicates': ({ checkId, offset, limit }) => {
    const { db } = requireRegistry(state);
    const groups = duplicateGroupsFor(session(db, undefined).ctx, checkId);
    const page = groups.slice(offset, offset + limit);
    const rows = memberRowsByIds(db, page.flatMap((g) => g.ids));
    return { total: groups.length, groups: page.map((g) => ({ members: g.ids.map((id) => rows.get(id)!).filter(Boolean) })) };
  },
  'quality.fixPreview': ({ fix, ids }) => previewFix(session(requireRegistry(state).db, undefined), fix, ids),
  'quality.fixApply': ({ fix, ids }) => {
    const { db } = requireRegistry(state);
    return applyFix(db, session(db, undefined), fix, ids);
  },
  'quality.merge': (req) => mergeDuplicates(requireRegistry(state).db, req),
  'quality.settings.get': () => readQualitySettings(requireRegistry(state).db),
  'quality.settings.set': (changes) => writeQualitySettings(requireRegistry(state).db, changes),
  'lists.data': (args) => {
    const { db } = requireRegistry(state);
    const { ctx } = session(db, undefined);
    return buildList(db, ctx.orgs, ctx.asOf, args);
  },
  'lists.docx': async ({ path: target, ...args }) => {
    const { db } = requireRegistry(state);
    const { ctx } = session(db, undefined);
    const list = buildList(db, ctx.orgs, ctx.asOf, args);
    return deliver(await listDocx(list), safeFileName(`${list.title} ${list.orgName}`, 'docx'), target);
  },
  'letters.recipients': ({ checks, orgIds }) => letterRecipients(buildLetters(session(requireRegistry(state).db, undefined), { checks, orgIds })),
  'letters.write': (args) => writeLetters(session(requireRegistry(state).db, undefined), args),
});
