// A document's settings from what a user supplied (the CLI's --settings file, the form): only the
// fields given, laid over the defaults, then checked whole. An unknown field is an error, so a
// typo does not silently fall back to a default.
import { AppError } from '../../../shared/api/errors';
import type { DocumentKind } from '../../../shared/domain/documents';
import { defaultsFor, type FileContext } from './defaults';
import { parseSettings } from './generate';

export function settingsFrom(kind: DocumentKind, ctx: FileContext, given: unknown, source: string) {
  const defaults = defaultsFor(kind, ctx);
  if (given === undefined || given === null) return defaults;
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw new AppError('bad_args', `${source}: ожидается объект JSON с полями настроек документа.`);
  }
  const unknown = Object.keys(given).filter((k) => !Object.hasOwn(defaults, k));
  if (unknown.length > 0) {
    throw new AppError(
      'bad_args',
      `${source}: неизвестное поле ${unknown.map((k) => `«${k}»`).join(', ')}. Допустимые поля: ${Object.keys(defaults).join(', ')}.`,
    );
  }
  return checkedSettings(kind, { ...defaults, ...given }, source);
}

/** Settings of a kind, or a Russian message naming the source and each wrong field. */
export function checkedSettings(kind: DocumentKind, value: unknown, source: string) {
  try {
    return parseSettings(kind, value);
  } catch (err) {
    const issues = (err as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    if (!issues) throw err;
    const details = issues.map((i) => `поле «${i.path.map(String).join('.')}»: ${i.message}`).join('; ');
    throw new AppError('bad_args', `${source}: ${details}`);
  }
}
