/** The last part of a Windows or POSIX path: what the recent-files list shows in bold. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
