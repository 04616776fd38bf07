// Duplicates by the normal form of the name (fio_norm: case, extra spaces, spaces around hyphens
// and dash variants, ё/е do not count) and the birth date. Never all pairs: the file groups the
// members on registration by (birth date, name and patronymic) along one index; exact duplicates
// and near-duplicates are looked for only inside a block of two or more members of the same
// birth date, name and patronymic, where the surnames are compared for one typo.
// Members without a birth date are not compared: the name alone cannot tell two people apart.
import type { Database } from 'better-sqlite3';
import { EDIT_TEXT } from '../../../../shared/edit/strings';
import type { DuplicateCheckId } from '../../../../shared/quality/catalog';
import { oneTypoApart } from '../edit-distance';
import { orgLabel } from '../orgs';
import { QUALITY_ENGINE_TEXT as T } from '../strings';
import type { CheckContext, CheckDef, Finding } from '../types';

/** Name and patronymic in the normal form: fio_norm after its first word (the surname). */
export const REST_OF_NAME = `substr(fio_norm, instr(fio_norm, ' ') + 1)`;
/** The rows the duplicate index covers (migration 004): members on registration with a birth date. */
const DUP_ROWS = `removed_on IS NULL AND birth_date IS NOT NULL`;

// One pass along the index finds every block of two or more members with the same birth date,
// name and patronymic; exact duplicates (same normal form) and one-typo surnames both lie inside
// such blocks, so both are found from the block rows alone.
const BLOCKS_SQL = `
WITH k AS (SELECT birth_date AS b, ${REST_OF_NAME} AS r FROM members WHERE ${DUP_ROWS}
           GROUP BY birth_date, ${REST_OF_NAME} HAVING count(*) > 1)
SELECT m.id, m.org_id, m.fio_norm, m.birth_date, k.r AS rest FROM k JOIN members m
    ON m.birth_date = k.b AND ${REST_OF_NAME} = k.r AND m.removed_on IS NULL
 ORDER BY m.birth_date, k.r, m.fio_norm, m.id`;

interface DupRow {
  id: number;
  org_id: number;
  fio_norm: string;
  birth_date: string;
  /** Name and patronymic in the normal form. */
  rest: string;
}

/** Members that are (or may be) one person, in file order. */
export interface DuplicateGroup {
  ids: number[];
  orgIds: number[];
  birthDate: string;
}

function groupBy<R extends DupRow>(rows: readonly R[], key: (r: R) => string): R[][] {
  const out: R[][] = [];
  let last: string | null = null;
  for (const r of rows) {
    const k = key(r);
    if (k !== last) out.push([]);
    out[out.length - 1]!.push(r);
    last = k;
  }
  return out;
}

const toGroup = (rows: readonly DupRow[]): DuplicateGroup => ({
  ids: rows.map((r) => r.id),
  orgIds: rows.map((r) => r.org_id),
  birthDate: rows[0]!.birth_date,
});

/** The members of every block of the same birth date, name and patronymic (two or more members). */
export function duplicateBlocks(db: Database): DupRow[] {
  return db.prepare(BLOCKS_SQL).all() as DupRow[];
}

/** Groups of the same normal form and birth date. */
export function exactGroups(blocks: readonly DupRow[]): DuplicateGroup[] {
  return groupBy(blocks, (r) => `${r.birth_date}|${r.fio_norm}`)
    .filter((g) => g.length > 1)
    .map(toGroup);
}

/**
 * Pairs of normal forms one typo apart in the surname, inside blocks of the same birth date, name
 * and patronymic; each as the group of all records of both forms.
 */
export function possibleGroups(blocks: readonly DupRow[]): DuplicateGroup[] {
  const out: DuplicateGroup[] = [];
  for (const block of groupBy(blocks, (r) => `${r.birth_date}|${r.rest}`)) {
    const forms = groupBy(block, (r) => r.fio_norm);
    const surname = (form: DupRow[]) => form[0]!.fio_norm.slice(0, form[0]!.fio_norm.length - form[0]!.rest.length).trim();
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        if (oneTypoApart(surname(forms[i]!), surname(forms[j]!))) out.push(toGroup([...forms[i]!, ...forms[j]!]));
      }
    }
  }
  return out;
}

function groupsOf(ctx: CheckContext, kind: 'exact' | 'possible'): DuplicateGroup[] {
  const blocks = ctx.shared('duplicates.blocks', () => duplicateBlocks(ctx.db));
  return ctx.shared(`duplicates.${kind}`, () => (kind === 'exact' ? exactGroups(blocks) : possibleGroups(blocks)));
}

const FIELD = `${EDIT_TEXT.member.surname}, ${EDIT_TEXT.member.name.toLocaleLowerCase('ru-RU')}, ${EDIT_TEXT.member.patronymic.toLocaleLowerCase('ru-RU')}, ${EDIT_TEXT.member.birthDate.toLocaleLowerCase('ru-RU')}`;

/** One finding per member; a member in several groups is listed once, with its first group. */
function findings(groups: readonly DuplicateGroup[], pick: (g: DuplicateGroup) => Array<{ id: number; orgId: number; problem: string }>): Finding[] {
  const seen = new Set<number>();
  const out: Finding[] = [];
  for (const g of groups) {
    for (const f of pick(g)) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      out.push({ ...f, field: FIELD });
    }
  }
  return out.sort((a, b) => a.id - b.id);
}

export const DUPLICATE_CHECKS: CheckDef[] = [
  {
    id: 'dup.sameOrg',
    run(ctx) {
      return findings(groupsOf(ctx, 'exact'), (g) =>
        g.ids
          .map((id, i) => ({ id, orgId: g.orgIds[i]!, same: g.orgIds.filter((o) => o === g.orgIds[i]).length }))
          .filter((m) => m.same > 1)
          .map((m) => ({ id: m.id, orgId: m.orgId, problem: T.dupSameOrg(m.same - 1, g.birthDate) })),
      );
    },
  },
  {
    id: 'dup.crossOrg',
    run(ctx) {
      return findings(groupsOf(ctx, 'exact'), (g) => {
        if (new Set(g.orgIds).size < 2) return [];
        return g.ids.map((id, i) => {
          const others = [...new Set(g.orgIds.filter((o) => o !== g.orgIds[i]))].map((o) => {
            const org = ctx.orgs.byId.get(o);
            return org ? orgLabel(org) : String(o);
          });
          return { id, orgId: g.orgIds[i]!, problem: T.dupCrossOrg(others) };
        });
      });
    },
  },
  {
    id: 'dup.possible',
    run(ctx) {
      return findings(groupsOf(ctx, 'possible'), (g) =>
        g.ids.map((id, i) => ({ id, orgId: g.orgIds[i]!, problem: T.dupPossible(g.birthDate) })),
      );
    },
  },
];

/** The groups a duplicate check lists, for the merge dialog. */
export function duplicateGroupsFor(ctx: CheckContext, checkId: DuplicateCheckId): DuplicateGroup[] {
  if (checkId === 'dup.possible') return groupsOf(ctx, 'possible');
  const exact = groupsOf(ctx, 'exact');
  return checkId === 'dup.crossOrg' ? exact.filter((g) => new Set(g.orgIds).size > 1) : exact.filter((g) => g.orgIds.some((o, i) => g.orgIds.indexOf(o) !== i));
}
