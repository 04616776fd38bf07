// Rows inserted forty to a statement: one INSERT … VALUES (…), (…), … call costs about as much
// as one single-row call, so a 200,000-row load spends half the time in SQLite's bindings.
import type { Database, Statement } from 'better-sqlite3';
import type { DbValue } from '../../../../shared/edit/fields';

const PER_STATEMENT = 40;

export class BatchInsert {
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly defaults: DbValue[];
  /** The bound values of one statement, reused: SQLite copies them when it runs. */
  private readonly pending: DbValue[];
  private rows = 0;

  /** `defaults`: the columns to fill, in the order of a row given to add(), each with what a
   * missing value stores. */
  constructor(db: Database, table: string, defaults: Readonly<Record<string, DbValue>>) {
    const columns = Object.keys(defaults);
    this.defaults = Object.values(defaults);
    this.pending = new Array<DbValue>(columns.length * PER_STATEMENT);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.many = db.prepare(head + new Array<string>(PER_STATEMENT).fill(tuple).join(', '));
    this.one = db.prepare(head + tuple);
  }

  /** One row: its values in the columns' order, undefined or null for the default. */
  add(values: readonly (DbValue | undefined)[]): void {
    const { defaults, pending } = this;
    const width = defaults.length;
    const base = this.rows * width;
    for (let i = 0; i < width; i++) pending[base + i] = values[i] ?? defaults[i]!;
    if (++this.rows === PER_STATEMENT) {
      this.many.run(pending);
      this.rows = 0;
    }
  }

  /** Writes what is left; call before reading the table again and at the end. */
  flush(): void {
    const width = this.defaults.length;
    for (let i = 0; i < this.rows; i++) this.one.run(this.pending.slice(i * width, (i + 1) * width));
    this.rows = 0;
  }
}
