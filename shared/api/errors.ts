// Errors cross every boundary (IPC, HTTP, CLI) as plain data with a Russian message a user can act on.

export const ERROR_CODES = [
  'bad_args',
  'unknown_method',
  'no_file',
  'file_not_found',
  'file_exists',
  'not_a_registry',
  'newer_version',
  'corrupt',
  'busy',
  'cancelled',
  'not_found',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
}

export type Envelope<R> = { ok: true; result: R } | { ok: false; error: ApiErrorData };

/** An error meant for the user: its message is shown as is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
  toData(): ApiErrorData {
    return { code: this.code, message: this.message };
  }
}

export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && (ERROR_CODES as readonly unknown[]).includes(v.code);
}
