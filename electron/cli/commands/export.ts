// `profreestr export orgs|members|changes --db DB --out FILE …`: XLSX or CSV by the file's extension.
import path from 'node:path';
import type { ExportFormat } from '../../../shared/api/methods/export';
import type { Core } from '../../core';
import { requireRegistry } from '../../core/handlers';
import { integerOption, parseOptions, requireOption } from '../args';
import { UsageError, type Output } from '../output';
import { CLI_TEXT } from '../strings';

const T = CLI_TEXT.export;
const WHAT = ['orgs', 'members', 'changes'] as const;

export async function exportCommand(argv: string[], out: Output, core: Core): Promise<void> {
  const [what, ...rest] = argv;
  if (!what || !(WHAT as readonly string[]).includes(what)) throw new UsageError(T.badWhat(what ?? ''));
  const opts = parseOptions(rest, {
    db: { type: 'string' },
    out: { type: 'string' },
    org: { type: 'string' },
    own: { type: 'boolean' },
    removed: { type: 'boolean' },
    encoding: { type: 'string' },
    snapshot: { type: 'string' },
  });
  const target = path.resolve(requireOption(opts.out, 'out'));
  const ext = path.extname(target).slice(1).toLowerCase();
  if (ext !== 'xlsx' && ext !== 'csv') throw new UsageError(T.badExtension(target));
  const format = ext as ExportFormat;
  const encoding = opts.encoding ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'windows-1251') throw new UsageError(T.badEncoding(encoding));
  await core.invoke('registry.open', { path: path.resolve(requireOption(opts.db, 'db')) });

  let orgId: number | null = null;
  if (opts.org !== undefined) {
    const row = requireRegistry(core.state).db.prepare('SELECT id FROM organizations WHERE code = ?').get(opts.org) as { id: number } | undefined;
    if (!row) throw new UsageError(CLI_TEXT.orgNotFound(opts.org));
    orgId = row.id;
  }
  const base = { path: target, format, encoding } as const;
  const result =
    what === 'orgs'
      ? await core.invoke('export.orgs', { ...base, orgId, subtree: !opts.own })
      : what === 'members'
        ? await core.invoke('export.members', { ...base, orgId, subtree: !opts.own, includeRemoved: opts.removed ?? false })
        : await core.invoke('export.changes', {
            ...base,
            snapshotId: opts.snapshot === undefined ? null : integerOption(opts.snapshot, 'snapshot', 0, 1, 2 ** 31 - 1),
          });
  out.result(result, T.written(result.rows, result.path));
}
