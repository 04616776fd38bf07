// `doc members|cards|letters`: the printable lists and the recommendation letters of the data-
// quality feature, written by the same `doc` command as the other documents.
import fs from 'node:fs';
import path from 'node:path';
import { CHECK_IDS, isCheckId } from '../../../shared/quality/catalog';
import { LIST_COLUMNS } from '../../../shared/quality/lists';
import type { Core } from '../../core';
import { requireRegistry } from '../../core/handlers';
import { parseOptions, requireOption } from '../args';
import { UsageError, type Output } from '../output';
import { CLI_TEXT } from '../strings';

export const QUALITY_DOC_KINDS = ['members', 'cards', 'letters'] as const;
type QualityDocKind = (typeof QUALITY_DOC_KINDS)[number];

export function isQualityDocKind(kind: string | undefined): kind is QualityDocKind {
  return (QUALITY_DOC_KINDS as readonly string[]).includes(kind ?? '');
}

const list = (value: string | undefined): string[] | null =>
  value === undefined ? null : value.split(',').map((s) => s.trim()).filter((s) => s !== '');

function orgIdByCode(core: Core, code: string): number {
  const row = requireRegistry(core.state).db.prepare('SELECT id FROM organizations WHERE code = ?').get(code) as { id: number } | undefined;
  if (!row) throw new UsageError(CLI_TEXT.orgNotFound(code));
  return row.id;
}

async function listDoc(kind: 'members' | 'cards', argv: string[], out: Output, core: Core): Promise<void> {
  const opts = parseOptions(argv, {
    db: { type: 'string' },
    org: { type: 'string' },
    out: { type: 'string' },
    columns: { type: 'string' },
    landscape: { type: 'boolean' },
    own: { type: 'boolean' },
  });
  const target = path.resolve(requireOption(opts.out, 'out'));
  const code = requireOption(opts.org, 'org');
  const columns = list(opts.columns);
  const unknown = (columns ?? []).filter((c) => !(LIST_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) throw new UsageError(CLI_TEXT.badColumns(unknown, LIST_COLUMNS));
  await core.invoke('registry.open', { path: path.resolve(requireOption(opts.db, 'db')) });
  const file = await core.invoke('lists.docx', {
    kind,
    orgId: orgIdByCode(core, code),
    subtree: opts.own !== true,
    columns: columns ?? undefined,
    orientation: opts.landscape ? 'landscape' : 'portrait',
    path: target,
  });
  out.result(file, CLI_TEXT.docWritten(CLI_TEXT.listLabel[kind], file.path ?? target));
}

async function lettersDoc(argv: string[], out: Output, core: Core): Promise<void> {
  const opts = parseOptions(argv, {
    db: { type: 'string' },
    out: { type: 'string' },
    checks: { type: 'string' },
    org: { type: 'string' },
    date: { type: 'string' },
    deadline: { type: 'string' },
    'signer-position': { type: 'string' },
    'signer-name': { type: 'string' },
  });
  const target = path.resolve(requireOption(opts.out, 'out'));
  const checks = list(opts.checks);
  const unknown = (checks ?? []).filter((c) => !isCheckId(c));
  if (unknown.length > 0) throw new UsageError(CLI_TEXT.badChecks(unknown, CHECK_IDS));
  // A path ending in .docx is one file with every letter; anything else is a folder.
  const single = target.toLowerCase().endsWith('.docx');
  if (!single && fs.existsSync(target) && !fs.statSync(target).isDirectory()) throw new UsageError(CLI_TEXT.notAFolder(target));
  await core.invoke('registry.open', { path: path.resolve(requireOption(opts.db, 'db')) });
  const orgIds = list(opts.org)?.map((code) => orgIdByCode(core, code)) ?? null;
  const result = await core.invoke('letters.write', {
    mode: single ? 'single' : 'perOrg',
    path: target,
    checks: checks?.filter(isCheckId) ?? null,
    orgIds,
    date: opts.date ?? null,
    deadline: opts.deadline ?? null,
    signerPosition: opts['signer-position'] ?? null,
    signerName: opts['signer-name'] ?? null,
  });
  out.result(result, CLI_TEXT.lettersWritten(result.letters, result.files.length, target));
}

export async function qualityDocCommand(kind: QualityDocKind, argv: string[], out: Output, core: Core): Promise<void> {
  if (kind === 'letters') return lettersDoc(argv, out, core);
  return listDoc(kind, argv, out, core);
}
