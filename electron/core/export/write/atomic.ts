// An export is written next to its target under a temporary name and renamed over it only when
// complete: a cancel or an error never leaves half a file, nor destroys the previous one.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
import { EXPORT_TEXT } from '../strings';

function code(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

export async function writeAtomically(target: string, write: (temp: string) => Promise<void>): Promise<string> {
  const file = path.resolve(target);
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) throw new AppError('file_not_found', EXPORT_TEXT.noFolder(dir));
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(temp);
    fs.renameSync(temp, file);
    return file;
  } catch (err) {
    fs.rmSync(temp, { force: true });
    const c = code(err);
    if (c === 'EBUSY' || c === 'EPERM' || c === 'EACCES') throw new AppError('busy', EXPORT_TEXT.locked(file));
    if (c === 'ENOSPC') throw new AppError('internal', EXPORT_TEXT.noSpace);
    throw err;
  }
}
