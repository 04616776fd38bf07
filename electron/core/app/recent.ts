import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const MAX_RECENT = 10;
const recentSchema = z.array(z.string());

function recentFile(dataDir: string): string {
  return path.join(dataDir, 'recent-files.json');
}

/** Recently opened registry files, newest first, that still exist. A damaged list is ignored. */
export function readRecent(dataDir: string): string[] {
  try {
    const parsed = recentSchema.safeParse(JSON.parse(fs.readFileSync(recentFile(dataDir), 'utf8')));
    return parsed.success ? parsed.data.filter((p) => fs.existsSync(p)) : [];
  } catch {
    return [];
  }
}

export function rememberRecent(dataDir: string, filePath: string): void {
  const list = [filePath, ...readRecent(dataDir).filter((p) => p !== filePath)].slice(0, MAX_RECENT);
  fs.mkdirSync(dataDir, { recursive: true });
  // Write-then-rename so a crash never leaves a truncated list.
  const tmp = `${recentFile(dataDir)}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(list, null, 2));
  fs.renameSync(tmp, recentFile(dataDir));
}
