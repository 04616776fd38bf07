// A printable list from the file: the chosen organization's subtree in tree order (children by
// name), each organization's members sorted by the normal form of the name, numbered from 1 in
// each organization; the member list with the chosen columns, the hand-out sheet with the members
// whose card is «доставлен в регион» and blank columns for the date and the signature.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import { displayValue } from '../../../../shared/edit/display';
import { fieldByKey, type FieldKind } from '../../../../shared/edit/fields';
import { LIST_TEXT, listColumnLabel, type ListArgs, type PrintColumn, type PrintList, type PrintTable } from '../../../../shared/quality/lists';
import { formatDateNumeric } from '../../../../shared/ru';
import { orgLabel, type OrgInfo, type OrgTable } from '../orgs';

const WIDTH: Record<FieldKind | 'fio', number> = { fio: 60, text: 40, date: 24, enum: 32, bool: 16, count: 16 };
const NUMBER: PrintColumn = { header: LIST_TEXT.number, widthMm: 12, align: 'center' };

/** The organization and everything inside it, depth first, children in order of their names. */
export function subtreeInOrder(orgs: OrgTable, rootId: number, subtree: boolean): OrgInfo[] {
  const root = orgs.byId.get(rootId);
  if (!root) throw new AppError('not_found', `Организация № ${rootId} не найдена в файле.`);
  if (!subtree) return [root];
  const children = new Map<number, OrgInfo[]>();
  for (const o of orgs.list) {
    if (o.parentId === null) continue;
    const list = children.get(o.parentId);
    if (list) list.push(o);
    else children.set(o.parentId, [o]);
  }
  const out: OrgInfo[] = [];
  const seen = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (seen.has(o.id)) continue; // a cycle in broken data
    seen.add(o.id);
    out.push(o);
    const kids = (children.get(o.id) ?? []).slice().sort((a, b) => orgLabel(a).localeCompare(orgLabel(b), 'ru'));
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

type MemberRecord = Record<string, string | number | null>;

function columnsOf(args: ListArgs): Array<{ column: PrintColumn; cell: (m: MemberRecord) => string }> {
  const fio = (m: MemberRecord) => [m.surname, m.name, m.patronymic].filter((p) => p !== null && p !== '').join(' ');
  if (args.kind === 'cards') {
    const blank = () => '';
    return [
      { column: { header: LIST_TEXT.fio, widthMm: 70, align: 'left' }, cell: fio },
      { column: { header: LIST_TEXT.cardNumber, widthMm: 40, align: 'center' }, cell: (m) => String(m.card_number ?? '') },
      { column: { header: LIST_TEXT.issuedOn, widthMm: 28, align: 'center' }, cell: blank },
      { column: { header: LIST_TEXT.signature, widthMm: 35, align: 'center' }, cell: blank },
    ];
  }
  return args.columns.map((key) => {
    if (key === 'fio') return { column: { header: LIST_TEXT.fio, widthMm: WIDTH.fio, align: 'left' as const }, cell: fio };
    const spec = fieldByKey('member', key)!;
    const align = spec.kind === 'date' || spec.kind === 'bool' ? ('center' as const) : ('left' as const);
    return { column: { header: listColumnLabel(key), widthMm: WIDTH[spec.kind], align }, cell: (m: MemberRecord) => displayValue(spec, m[spec.column]) };
  });
}

export function buildList(db: Database, orgs: OrgTable, asOf: string, args: ListArgs): PrintList {
  const order = subtreeInOrder(orgs, args.orgId, args.subtree);
  const cards = args.kind === 'cards';
  const rows = db
    .prepare(
      `SELECT * FROM members WHERE removed_on IS NULL ${cards ? "AND card_status = 'delivered'" : ''}
          AND org_id IN (SELECT value FROM json_each(?)) ORDER BY fio_norm, id`,
    )
    .all(JSON.stringify(order.map((o) => o.id))) as MemberRecord[];
  const byOrg = new Map<number, MemberRecord[]>();
  for (const m of rows) {
    const list = byOrg.get(m.org_id as number);
    if (list) list.push(m);
    else byOrg.set(m.org_id as number, [m]);
  }
  const columns = columnsOf(args);
  const tables: PrintTable[] = order
    .filter((o) => byOrg.has(o.id))
    .map((o) => ({
      caption: orgLabel(o),
      columns: [NUMBER, ...columns.map((c) => c.column)],
      rows: byOrg.get(o.id)!.map((m, i) => [String(i + 1), ...columns.map((c) => c.cell(m))]),
    }));
  const title = cards ? LIST_TEXT.cardsTitle : LIST_TEXT.membersTitle;
  const orgName = orgLabel(orgs.byId.get(args.orgId)!);
  return {
    kind: args.kind,
    title,
    orgName,
    asOf,
    header: LIST_TEXT.header(orgName, title, formatDateNumeric(asOf)),
    orientation: args.orientation,
    tables,
    total: rows.length,
    emptyText: cards ? LIST_TEXT.emptyCards : LIST_TEXT.empty,
  };
}
