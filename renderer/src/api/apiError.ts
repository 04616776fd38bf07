import { AppError, isApiErrorData } from '../../../shared/api/errors';
import { API_TEXT } from './strings';

/** An error from a call: the engine's AppError, whose Russian message is shown as is. */
export { AppError as ApiError };

/** Turns what a host answered into the call's result, or throws ApiError for `{ ok: false }`. */
export function unwrapEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    if (envelope.ok === true && 'result' in envelope) return envelope.result;
    if (envelope.ok === false && 'error' in envelope && isApiErrorData(envelope.error)) {
      throw new AppError(envelope.error.code, envelope.error.message);
    }
  }
  throw new AppError('internal', API_TEXT.badAnswer);
}

/** True for the error a call ends with after the user pressed «Отмена». */
export function isCancelled(error: unknown): boolean {
  return error instanceof AppError && error.code === 'cancelled';
}
