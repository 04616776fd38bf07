import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../shared/domain/documents';
import type { Core } from '../../core';
import { fileContext } from '../../core/documents/defaults';
import { renderDocument } from '../../core/documents/generate';
import { saveFileAtomic } from '../../core/documents/save-file';
import { settingsFrom } from '../../core/documents/settings';
import { requireRegistry } from '../../core/handlers';
import { parseOptions, requireOption } from '../args';
import { UsageError, type Output } from '../output';
import { CLI_TEXT } from '../strings';
import { isQualityDocKind, qualityDocCommand } from './doc-quality';

function readSettingsFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(CLI_TEXT.settingsMissing(file));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (err) {
    throw new UsageError(CLI_TEXT.settingsNotJson(file, (err as Error).message));
  }
}

export async function docCommand(argv: string[], out: Output, core: Core): Promise<void> {
  const [kind, ...rest] = argv;
  if (isQualityDocKind(kind)) return qualityDocCommand(kind, rest, out, core);
  if (!kind || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) throw new UsageError(CLI_TEXT.badDocKind(kind ?? ''));
  const opts = parseOptions(rest, { db: { type: 'string' }, out: { type: 'string' }, settings: { type: 'string' } });
  const target = path.resolve(requireOption(opts.out, 'out'));
  const given = opts.settings === undefined ? undefined : readSettingsFile(path.resolve(opts.settings));
  await core.invoke('registry.open', { path: path.resolve(requireOption(opts.db, 'db')) });
  const { db } = requireRegistry(core.state);
  const docKind = kind as DocumentKind;
  const settings = settingsFrom(docKind, fileContext(db), given, CLI_TEXT.settingsSource(opts.settings ?? ''));
  const file = saveFileAtomic(target, await renderDocument(db, docKind, settings));
  out.result({ file, kind: docKind, settings }, CLI_TEXT.docWritten(DOCUMENT_KIND_LABELS[docKind], file));
}
