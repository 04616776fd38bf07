// Rows inserted forty to a statement: one INSERT … VALUES (…), (…), … call costs about as much
// as one single-row call, so a 200,000-row load spends half the time in SQLite's bindings.
import type { Database, Statement } from 'better-sqlite3';

const PER_STATEMENT = 40;

export class BatchInsert {
  private readonly many: Statement;
  private readonly one: Statement;
  private pending: unknown[] = [];
  private rows = 0;

  constructor(db: Database, table: string, private readonly columns: readonly string[]) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.many = db.prepare(head + new Array<string>(PER_STATEMENT).fill(tuple).join(', '));
    this.one = db.prepare(head + tuple);
  }

  add(values: readonly unknown[]): void {
    for (const v of values) this.pending.push(v);
    if (++this.rows === PER_STATEMENT) {
      this.many.run(this.pending);
      this.pending = [];
      this.rows = 0;
    }
  }

  /** Writes what is left; call before reading the table again and at the end. */
  flush(): void {
    const width = this.columns.length;
    for (let i = 0; i < this.rows; i++) this.one.run(this.pending.slice(i * width, (i + 1) * width));
    this.pending = [];
    this.rows = 0;
  }
}
