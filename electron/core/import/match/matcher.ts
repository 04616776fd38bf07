// Which field a header means, per kind of file.
import { KINDS, type ImportKind } from '../fields';
import { headerKey } from './header-key';

const matchers = new Map<ImportKind, Map<string, string>>();

/** header key → field id of one kind; two fields claiming one header is a programming error. */
export function kindMatcher(kind: ImportKind): Map<string, string> {
  let m = matchers.get(kind);
  if (m) return m;
  m = new Map();
  for (const field of KINDS[kind].fields) {
    for (const text of [field.label, ...field.synonyms]) {
      const key = headerKey(text);
      const owner = m.get(key);
      if (owner !== undefined && owner !== field.id) throw new Error(`Header «${text}» is claimed by ${owner} and ${field.id}`);
      m.set(key, field.id);
    }
  }
  matchers.set(kind, m);
  return m;
}

export function matchHeader(kind: ImportKind, header: string): string | null {
  return kindMatcher(kind).get(headerKey(header)) ?? null;
}

/** Any kind knows this header. */
export function isKnownHeader(header: string): boolean {
  return (['orgs', 'members', 'stats'] as const).some((k) => matchHeader(k, header) !== null);
}
