// What a check is and what it finds. A check returns one finding per affected record: the record,
// the organization it belongs to (for letters and drill-down), the field and what is wrong with it.
import type { Database } from 'better-sqlite3';
import type { CheckId } from '../../../shared/quality/catalog';
import type { OrgTable } from './orgs';

export interface Finding {
  /** The member's or the organization's id (the check's entity). */
  id: number;
  /** The organization the record is in (for an organization: itself). */
  orgId: number;
  /** The field's Russian label, or null when the problem is the record as a whole. */
  field: string | null;
  /** What is wrong, in Russian, as a letter prints it. */
  problem: string;
}

export interface CheckOptions {
  /** Days a card may stay «доставлен в регион». */
  cardDays: number;
}

export interface CheckContext {
  db: Database;
  /** The data date: the last load's. Terms, ages and card ages are counted to it. */
  asOf: string;
  /** Today: a birth date after it is in the future. */
  today: string;
  options: CheckOptions;
  orgs: OrgTable;
  /** A value computed once per run and shared by the checks that need it (one scan for several checks). */
  shared<T>(key: string, compute: () => T): T;
}

export interface CheckDef {
  id: CheckId;
  run(ctx: CheckContext): Finding[];
}
