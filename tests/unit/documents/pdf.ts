// LibreOffice headless and pdftotext, as a person opening the DOCX would see it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Converts DOCX files to PDF in `dir` (one LibreOffice run for all) and returns each PDF's pages as text. */
export function docxToPages(dir: string, files: string[]): string[][] {
  execFileSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return files.map((f) => {
    const pdf = path.join(dir, `${path.basename(f, '.docx')}.pdf`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    return text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
  });
}

/** Text with every run of whitespace (line breaks, non-breaking spaces) as one space. */
export const flat = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();
