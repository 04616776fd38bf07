// Writing the letters: one DOCX with every letter plus the workbook next to it (same name,
// .xlsx), or a folder with one DOCX per organization plus the workbook. Every file is written
// next to its place and renamed over it, so a failure never leaves half a file.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { ExportedFile } from '../../../../shared/api/methods/indicators';
import type { LettersResult } from '../../../../shared/api/methods/quality';
import { LETTER_TEXT, type LetterRequisites, type LettersArgs } from '../../../../shared/quality/letters';
import { toIsoDate } from '../../../../shared/ru';
import { fileContext } from '../../documents/defaults';
import { orgIn } from '../../documents/names';
import { deliver, safeFileName } from '../../indicators/handlers';
import { daysEarlier } from '../dates';
import { orgLabel } from '../orgs';
import type { Session } from '../run';
import { readQualitySettings } from '../settings';
import { buildLetters } from './build';
import { lettersDocx, lettersDocxEach } from './docx';
import { lettersXlsx } from './xlsx';

function requisites(db: Database, args: LettersArgs, now: Date): LetterRequisites {
  const settings = readQualitySettings(db);
  const date = args.date ?? toIsoDate(now);
  const region = fileContext(db).root;
  return {
    date,
    deadline: args.deadline ?? daysEarlier(date, -settings.replyDays),
    signerPosition: args.signerPosition ?? (settings.signerPosition || LETTER_TEXT.defaultSigner(orgIn(region, 'genitive'))),
    signerName: args.signerName ?? settings.signerName,
  };
}

export async function writeLetters(session: Session, args: LettersArgs, now = new Date()): Promise<LettersResult> {
  const { db, asOf } = session.ctx;
  const letters = buildLetters(session, { checks: args.checks, orgIds: args.orgIds });
  const req = requisites(db, args, now);
  const workbook = await lettersXlsx(letters, asOf);
  if (args.mode === 'single') {
    const docx = await lettersDocx(letters, req, asOf);
    const name = safeFileName(LETTER_TEXT.fileName(req.date), 'docx');
    if (args.path === null) {
      return { letters: letters.length, files: [deliver(docx, name, null), deliver(workbook, name.replace(/\.docx$/, '.xlsx'), null)] };
    }
    const target = args.path.toLowerCase().endsWith('.docx') ? args.path : `${args.path}.docx`;
    return {
      letters: letters.length,
      files: [deliver(docx, path.basename(target), target), deliver(workbook, '', target.replace(/\.docx$/i, '.xlsx'))],
    };
  }
  if (args.path === null) throw new AppError('bad_args', LETTER_TEXT.folderRequired);
  const dir = path.resolve(args.path);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new AppError('bad_args', LETTER_TEXT.notAFolder(dir));
  fs.mkdirSync(dir, { recursive: true });
  const documents = await lettersDocxEach(letters, req, asOf);
  const files: ExportedFile[] = letters.map((letter, i) => {
    const name = safeFileName(`${letter.org.code} ${orgLabel(letter.org)}`, 'docx');
    return deliver(documents[i]!, name, path.join(dir, name));
  });
  files.push(deliver(workbook, '', path.join(dir, safeFileName(LETTER_TEXT.fileName(req.date), 'xlsx'))));
  return { letters: letters.length, files };
}
