import { AppError, type ApiErrorData } from '../../shared/api/errors';

/** Turns anything thrown inside the engine into data a user can read. */
export function toErrorData(err: unknown): ApiErrorData {
  if (err instanceof AppError) return err.toData();
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { code: 'busy', message: 'Файл реестра занят другой программой. Закройте её и повторите действие.' };
  }
  if (code === 'SQLITE_FULL') {
    return { code: 'internal', message: 'На диске не хватает места. Освободите место и повторите действие.' };
  }
  if (code === 'SQLITE_READONLY') {
    return { code: 'internal', message: 'Файл реестра открыт только для чтения: изменения невозможны.' };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: `Внутренняя ошибка программы: ${message}. Сообщите о ней разработчикам.` };
}
