import { AppError } from '../../shared/api/errors';

/** Exit codes: 0 success, 1 the user's error (message in Russian), 2 an internal error. */
export const EXIT = { ok: 0, user: 1, internal: 2 } as const;

export class UsageError extends AppError {
  constructor(message: string) {
    super('bad_args', message);
  }
}

export interface Output {
  json: boolean;
  /** Prints a result: JSON for scripts, text for people. */
  result(data: unknown, text: string): void;
  info(text: string): void;
}

export function createOutput(json: boolean): Output {
  return {
    json,
    result(data, text) {
      process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${text}\n`);
    },
    info(text) {
      if (!json) process.stderr.write(`${text}\n`);
    },
  };
}
