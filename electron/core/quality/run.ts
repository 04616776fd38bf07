// Running checks over the open file. A run's context (the organization tree, the shared member
// scans) and every check's findings are kept until the file changes: the drill-down, the rows of
// a letter and the fix preview after «Проверить» cost nothing more. «Changes» are counted by the
// connection itself (total_changes()), so any write — an edit, an undo, an import — starts afresh.
import type { Database } from 'better-sqlite3';
import { CHECK_IDS, type CheckId } from '../../../shared/quality/catalog';
import { toIsoDate } from '../../../shared/ru';
import { currentAsOf } from '../indicators/current';
import { loadOrgs } from './orgs';
import { CHECKS } from './registry';
import type { CheckContext, CheckOptions, Finding } from './types';

export interface Session {
  key: string;
  ctx: CheckContext;
  results: Map<CheckId, Finding[]>;
}

const sessions = new WeakMap<Database, Session>();

function changesSoFar(db: Database): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** The context of the file as it is now (the cached one while nothing changed). */
export function checkSession(db: Database, options: CheckOptions, now = new Date()): Session {
  const asOf = currentAsOf(db);
  const today = toIsoDate(now);
  const key = `${changesSoFar(db)}|${asOf}|${today}|${options.cardDays}`;
  const cached = sessions.get(db);
  if (cached && cached.key === key) return cached;
  const memo = new Map<string, unknown>();
  const ctx: CheckContext = {
    db,
    asOf,
    today,
    options,
    orgs: loadOrgs(db, asOf),
    shared<T>(k: string, compute: () => T): T {
      if (!memo.has(k)) memo.set(k, compute());
      return memo.get(k) as T;
    },
  };
  const session: Session = { key, ctx, results: new Map() };
  sessions.set(db, session);
  return session;
}

export function findingsOf(session: Session, id: CheckId): Finding[] {
  let found = session.results.get(id);
  if (!found) {
    found = CHECKS.get(id)!.run(session.ctx);
    session.results.set(id, found);
  }
  return found;
}

/** Every check's findings (or the chosen ones'), in the catalogue's order. */
export function runChecks(session: Session, ids: readonly CheckId[] = CHECK_IDS): Map<CheckId, Finding[]> {
  return new Map(ids.map((id) => [id, findingsOf(session, id)]));
}
