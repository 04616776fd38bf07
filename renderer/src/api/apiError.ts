import { isApiErrorData, type ErrorCode } from '../../../shared/api/errors';
import { API_TEXT } from './strings';

/** An error from a call: `message` is Russian and is shown to the user as is. */
export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Turns what a host answered into the call's result, or throws ApiError for `{ ok: false }`. */
export function unwrapEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    if (envelope.ok === true && 'result' in envelope) return envelope.result;
    if (envelope.ok === false && 'error' in envelope && isApiErrorData(envelope.error)) {
      throw new ApiError(envelope.error.code, envelope.error.message);
    }
  }
  throw new ApiError('internal', API_TEXT.badAnswer);
}

/** True for the error a call ends with after the user pressed «Отмена». */
export function isCancelled(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'cancelled';
}
