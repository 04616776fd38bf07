import path from 'node:path';
import { formatDateNumeric, formatInt } from '../../../shared/ru';
import type { Core } from '../../core';
import { parseOptions, requireOption } from '../args';
import type { Output } from '../output';

export async function infoCommand(argv: string[], out: Output, core: Core): Promise<void> {
  const opts = parseOptions(argv, { db: { type: 'string' } });
  const info = await core.invoke('registry.open', { path: path.resolve(requireOption(opts.db, 'db')) });
  const snapshot = info.lastSnapshot;
  out.result(
    info,
    [
      `Файл: ${info.path}`,
      `Регион: ${info.regionName ?? 'не указан'}`,
      `Данные на: ${snapshot ? formatDateNumeric(snapshot.asOf) : 'загрузок не было'}`,
      `Организаций: ${formatInt(info.orgCount)}`,
      `Членов Профсоюза на учёте: ${formatInt(info.memberCount)}`,
      `Версия схемы файла: ${info.schemaVersion}`,
    ].join('\n'),
  );
}
