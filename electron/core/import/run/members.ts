// Members: each row is matched to a card by AIS id, else by normalized surname + name +
// patronymic + birth date; matched cards get the file's non-blank values (field by field, each
// change logged), unmatched rows become new cards. Cards on registration that no row matched are
// «missing»; with the user's consent they are taken off registration as «нет в выгрузке».
import { fioNormalizer, normalizeNamePart } from '../../../../shared/domain/fio';
import type { FullName } from '../../../../shared/values';
import { cached } from '../../edit/tables';
import { SUBTREE_CTE } from '../../members/query';
import type { ConvertedRow } from '../convert';
import { detach } from '../detach';
import { personName, shownValue } from '../display';
import type { ResolvedMapping } from '../match/mapping';
import type { ImportRows } from '../rows/import-rows';
import { IMPORT_TEXT } from '../strings';
import { BatchInsert } from './batch-insert';
import { dropIndexes } from './indexes';
import { changedColumns, logChange, PAUSE_EVERY, refuse, refuseUnreadable, updateColumns, writeUpdate, type RunContext } from './context';
import { columnOf, columnPlan, fillNames, storedValue } from './rows';
import { loadOrgIndex, lowestCommonAncestor, type OrgIndex } from './org-index';
import type { DbValue } from '../../../../shared/edit/fields';

type MemberRecord = Record<string, DbValue> & { id: number };

const T = IMPORT_TEXT.problems;
const R = IMPORT_TEXT.reasons;

/** Columns a new card may get from a file, in the order of a card, with what a blank stores. */
const CARD_DEFAULTS: Record<string, DbValue> = {
  ais_id: null, org_id: null, surname: null, name: null, patronymic: null, fio_norm: null, gender: null,
  birth_date: null, category: 'unset', position: null, phone: null, email: null, joined_on: null,
  registered_on: null, joined_online: 0, card_number: null, card_status: null, card_status_date: null,
  app_installed: 0, profcards: 0, pd_consent: 0, mailing_consent: 0, removed_on: null, removal_reason: null,
};
const CARD_COLUMNS = Object.keys(CARD_DEFAULTS);
const cardIndex = (column: string): number => CARD_COLUMNS.indexOf(column);
const [AIS, ORG, SURNAME, NAME, PATRONYMIC, FIO_NORM, BIRTH, REMOVED_ON, REMOVAL_REASON] = [
  'ais_id', 'org_id', 'surname', 'name', 'patronymic', 'fio_norm', 'birth_date', 'removed_on', 'removal_reason',
].map(cardIndex) as [number, number, number, number, number, number, number, number, number];
const NAME_INDEXES = [SURNAME, NAME, PATRONYMIC] as const;
const NAME_COLUMNS = new Set(['surname', 'name', 'patronymic']);

/**
 * A row's values as a card: an array in CARD_COLUMNS order, undefined where the file leaves the
 * value blank (a blank never clears a stored value; a new card gets the default). An array
 * rather than an object a row: 200,000 of them are made on the engine's thread.
 */
type Card = (DbValue | undefined)[];

/** The mapped fields that fill a card, as [position in the mapping, index in the card]. */
type CardPlan = readonly (readonly [number, number])[];

function cardPlan(mapping: ResolvedMapping): CardPlan {
  return columnPlan(mapping).map(([position, column]) => {
    const index = cardIndex(column);
    if (index < 0) throw new Error(`members.${column} is not a card column`);
    return [position, index] as const;
  });
}

/** «Ёлкина» stored and «ЕЛКИНА» in an export are the same name: the stored, exact one stays. */
function sameName(stored: DbValue, incoming: DbValue): boolean {
  return typeof stored === 'string' && typeof incoming === 'string' && normalizeNamePart(stored) === normalizeNamePart(incoming);
}

export interface MembersOptions {
  removeMissing: boolean;
}

/** The file's values in the card's columns (yes/no as 1/0), names from a one-cell FIO. */
function cardOf(plan: CardPlan, converted: ConvertedRow): Card {
  const card: Card = new Array<DbValue | undefined>(CARD_COLUMNS.length);
  for (const [position, index] of plan) {
    const v = converted.values.at(position);
    if (v !== undefined) card[index] = storedValue(v);
  }
  fillNames(card, converted.values.get('fullName') as FullName | undefined, NAME_INDEXES);
  return card;
}

/** The card's non-blank values by column: what an update compares with the stored card. */
function recordOf(card: Card): Record<string, DbValue> {
  const out: Record<string, DbValue> = {};
  for (let i = 0; i < card.length; i++) if (card[i] !== undefined) out[CARD_COLUMNS[i]!] = card[i]!;
  return out;
}

interface Seen {
  byAis: Map<string, number>;
  /** Person key → the row that had it, negative when that row had no AIS id (no object a row). */
  byPerson: Map<string, number>;
  /** Cards a row was matched to, with the row. */
  matched: Map<number, number>;
  /** Cards named by a skipped row's AIS id: in the file, so not «missing». */
  present: Set<number>;
  orgs: Set<number>;
}

export async function runMembers(ctx: RunContext, source: ImportRows, mapping: ResolvedMapping, options: MembersOptions): Promise<void> {
  const { db, log } = ctx;
  const orgs = loadOrgIndex(db);
  const empty = (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n === 0;
  const byAis = cached(db, 'SELECT id FROM members WHERE ais_id = ?').pluck();
  // A card with another AIS id is another person, however alike the names: only cards without one.
  const byPerson = cached(db, 'SELECT id FROM members WHERE fio_norm = ? AND birth_date IS ? AND (? OR ais_id IS NULL)').pluck();
  const readCard = cached(db, 'SELECT * FROM members WHERE id = ?');
  const unchanged = unchangedCheck(ctx, mapping);
  const insert = ctx.write ? new BatchInsert(db, 'members', CARD_DEFAULTS) : null;
  // Cards created by this import have larger ids: they are never «missing».
  const lastIdBefore = (db.prepare('SELECT coalesce(max(id), 0) FROM members').pluck().get() as number);
  const seen: Seen = { byAis: new Map(), byPerson: new Map(), matched: new Map(), present: new Set(), orgs: new Set() };
  const plan = cardPlan(mapping);
  const normalizeFio = fioNormalizer(detach);
  const rebuildIndexes = empty && ctx.write ? dropIndexes(db, 'members') : null;
  let rows = 0;

  for await (const batch of source.batches()) {
    for (const converted of batch) {
      rows++;
      processRow(converted);
      if (rows % PAUSE_EVERY === 0) {
        log.counts.rows = rows;
        await ctx.pause(rows);
      }
    }
  }
  log.counts.rows = rows;
  insert?.flush();
  rebuildIndexes?.();
  await finishMissing(ctx, orgs, seen, options, lastIdBefore);

  function processRow(converted: ConvertedRow): void {
    const { row } = converted;
    // The card the row's AIS id names, looked up once: a skipped row still keeps it from «missing»,
    // a loaded row is matched to it.
    const namedAis = converted.values.get('aisId') as string | undefined;
    const named = namedAis !== undefined && !empty ? (byAis.get(namedAis) as number | undefined) : undefined;
    if (named !== undefined) seen.present.add(named);
    if (converted.skip) return refuseUnreadable(ctx, converted);
    const card = cardOf(plan, converted);
    const surname = card[SURNAME];
    const name = card[NAME];
    if (!surname || !name) return refuse(ctx, converted, R.required, T.requiredName);
    const orgCode = converted.values.get('orgCode') as string | undefined;
    if (orgCode === undefined) return refuse(ctx, converted, R.required, T.requiredOrgCode);
    const org = orgs.byCode.get(orgCode);
    if (!org) return refuse(ctx, converted, R.unknownOrg, T.unknownOrg(orgCode), columnOf(mapping, 'orgCode'));
    card[ORG] = org.id;
    const fioNorm = normalizeFio(String(surname), String(name), (card[PATRONYMIC] as string | undefined) ?? null);
    card[FIO_NORM] = fioNorm;

    const aisId = (card[AIS] as string | undefined) ?? null;
    const birth = (card[BIRTH] as string | undefined) ?? null;
    const personKey = `${fioNorm}|${birth ?? ''}`;
    if (aisId !== null) {
      const earlier = seen.byAis.get(aisId);
      if (earlier !== undefined) return refuse(ctx, converted, R.duplicate, T.duplicateAis(aisId, earlier), columnOf(mapping, 'aisId'));
    }
    const samePerson = seen.byPerson.get(personKey);
    // Two rows of one person where either lacks an AIS id cannot be told apart: the later is refused.
    if (samePerson !== undefined && (samePerson < 0 || aisId === null)) return refuse(ctx, converted, R.duplicate, T.duplicatePerson(Math.abs(samePerson)));
    if (aisId !== null) seen.byAis.set(aisId, row);
    if (samePerson === undefined) seen.byPerson.set(personKey, aisId !== null ? row : -row);

    let memberId: number | undefined;
    if (!empty) {
      memberId = named;
      if (memberId === undefined) {
        const candidates = byPerson.all(fioNorm, birth, aisId === null ? 1 : 0) as number[];
        if (candidates.length > 1) {
          for (const id of candidates) seen.matched.set(id, row);
          return refuse(ctx, converted, R.ambiguous, T.ambiguous(candidates.length));
        }
        memberId = candidates[0];
      }
    }
    if (memberId !== undefined) {
      const earlier = seen.matched.get(memberId);
      if (earlier !== undefined) return refuse(ctx, converted, R.duplicate, T.sameMember(earlier));
      seen.matched.set(memberId, row);
    }
    seen.orgs.add(org.id);
    log.problems(converted.problems);
    if (memberId === undefined) addMember(row, card);
    // Most cards of a repeated export are unchanged: SQLite says so without reading them.
    else if (unchanged(memberId, card)) log.counts.unchanged++;
    else updateMember(row, readCard.get(memberId) as MemberRecord, recordOf(card));
  }

  function addMember(row: number, card: Card): void {
    if (card[REMOVED_ON] && !card[REMOVAL_REASON]) card[REMOVAL_REASON] = 'other';
    insert?.add(card);
    log.add(() => ({
      row,
      key: String(card[AIS] ?? '—'),
      name: personName(card[SURNAME] ?? null, card[NAME] ?? null, card[PATRONYMIC] ?? null),
      org: orgs.byId.get(card[ORG] as number)?.name ?? null,
    }));
  }

  function updateMember(row: number, member: MemberRecord, values: Record<string, DbValue>): void {
    // A blank cell never clears a stored value: exports leave out what the AIS does not hold.
    const changes = changedColumns(member, values, (column, old, value) => column === 'fio_norm' || (NAME_COLUMNS.has(column) && sameName(old, value)));
    if (member.removal_reason === 'not_in_export' && !('removed_on' in values)) {
      // Back in the export after being missing from an earlier one: on registration again.
      changes.removed_on = null;
      changes.removal_reason = null;
      log.counts.restored++;
    } else if (changes.removed_on && !values.removal_reason && member.removal_reason === null) {
      changes.removal_reason = 'other';
    }
    const renamed = 'surname' in changes || 'name' in changes || 'patronymic' in changes;
    writeUpdate(ctx, {
      kind: 'members',
      entity: 'member',
      id: member.id,
      stored: member,
      changes,
      derived: renamed ? { fio_norm: values.fio_norm! } : undefined,
      row,
      key: String(member.ais_id ?? '—'),
      name: personName(member.surname, member.name, member.patronymic),
      show: (column, value) => (column === 'org_id' ? (orgs.byId.get(value as number)?.name ?? '') : shownValue('member', column, value)),
    });
  }
}

/**
 * «Does the card already hold every non-blank value of the row?» as one statement per mapping:
 * each mapped column is compared unless the row leaves it blank. A card removed as «нет в
 * выгрузке» is never unchanged (the row brings it back).
 */
function unchangedCheck(ctx: RunContext, mapping: ResolvedMapping): (id: number, card: Card) => boolean {
  const columns = [...new Set(mapping.fields.flatMap((f) => (f?.column ? [f.column] : f?.id === 'fullName' ? ['surname', 'name', 'patronymic'] : [])))];
  columns.push('org_id');
  const indexes = columns.map(cardIndex);
  const stmt = cached(
    ctx.db,
    `SELECT 1 FROM members WHERE id = ? ${columns.map((c) => `AND (? IS NULL OR ${c} IS ?)`).join(' ')}
       AND (? OR removal_reason IS NOT 'not_in_export')`,
  ).pluck();
  return (id, card) => {
    const params: DbValue[] = [id];
    for (const i of indexes) {
      const v = card[i] ?? null;
      params.push(v, v);
    }
    params.push(card[REMOVED_ON] !== undefined ? 1 : 0);
    return stmt.get(...params) !== undefined;
  };
}

/** Cards on registration under the file's organizations that no row matched. */
async function finishMissing(ctx: RunContext, orgs: OrgIndex, seen: Seen, options: MembersOptions, lastIdBefore: number): Promise<void> {
  if (seen.orgs.size === 0) return;
  const root = lowestCommonAncestor(orgs, seen.orgs);
  // Ids first (cheap), names only for the few that are missing.
  const sql = root === null
    ? 'SELECT id FROM members WHERE removed_on IS NULL AND id <= @last'
    : `${SUBTREE_CTE} SELECT id FROM members WHERE removed_on IS NULL AND id <= @last AND org_id IN (SELECT id FROM subtree)`;
  const ids = (ctx.db.prepare(sql).pluck().all({ orgId: root, last: lastIdBefore }) as number[]).filter((id) => !seen.matched.has(id) && !seen.present.has(id));
  const card = cached(ctx.db, 'SELECT id, ais_id, surname, name, patronymic, org_id FROM members WHERE id = ?');
  const missing = ids.map((id) => card.get(id) as MemberRecord);
  for (const m of missing) {
    ctx.log.absent(() => ({ row: null, key: String(m.ais_id ?? '—'), name: personName(m.surname, m.name, m.patronymic), org: orgs.byId.get(m.org_id as number)?.name ?? null }));
  }
  if (!options.removeMissing) return;
  for (const m of missing) {
    if (ctx.write) updateColumns(ctx, 'members', m.id, { removed_on: ctx.asOf, removal_reason: 'not_in_export' });
    logChange(ctx, 'member', m.id, 'removed_on', null, ctx.asOf);
    logChange(ctx, 'member', m.id, 'removal_reason', null, 'not_in_export');
    ctx.log.counts.removed++;
  }
}
