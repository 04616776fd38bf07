import { AppError } from '../../../shared/api/errors';
import { EDIT_TEXT } from '../../../shared/edit/strings';
import { EDIT_ENGINE_TEXT } from './strings';

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 20;

/** Collects every problem of an action, so the refusal lists them all at once. */
export class Problems {
  readonly lines: string[] = [];
  count = 0;
  add(line: string): void {
    this.count++;
    if (this.lines.length < MAX_LISTED) this.lines.push(line);
  }
  throwIfAny(): void {
    if (this.count === 0) return;
    const more = this.count > this.lines.length ? [EDIT_TEXT.problemsMore(this.count - this.lines.length)] : [];
    throw new AppError('bad_args', [EDIT_ENGINE_TEXT.refused(this.count), ...this.lines, ...more].join('\n'));
  }
}

