/**
 * Runs one measured piece of work in this process and prints its figures as one JSON line.
 * `after` (closing the file, removing the case's temporary folder) runs once the clock has
 * stopped: tidying up after the bench is not part of what a user waits for.
 */
export async function measure(name: string, work: () => Promise<Record<string, number | string>>, after?: () => void): Promise<void> {
  const start = process.hrtime.bigint();
  const extra = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  after?.();
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ name, seconds, peakMb, ...extra })}\n`);
}
