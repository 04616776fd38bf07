// Writes a document next to its target and renames it over, so a failed write never leaves a
// truncated DOCX (or destroys the previous one); errors in words a user can act on.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';

function errCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

export function saveFileAtomic(target: string, data: Buffer): string {
  const file = path.resolve(target);
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) throw new AppError('file_not_found', `Папка «${dir}» не существует. Укажите другое место для файла.`);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
    return file;
  } catch (err) {
    fs.rmSync(temp, { force: true });
    const code = errCode(err);
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new AppError('busy', `Не удалось записать «${file}»: файл открыт в другой программе (например, в Word) или нет прав на запись. Закройте его и повторите.`);
    }
    if (code === 'ENOSPC') throw new AppError('internal', 'На диске не хватает места. Освободите место и повторите.');
    throw err;
  }
}
