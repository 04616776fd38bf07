/** Runs one measured piece of work in this process and prints its figures as one JSON line. */
export async function measure(name: string, work: () => Promise<Record<string, number | string>>): Promise<void> {
  const start = process.hrtime.bigint();
  const extra = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ name, seconds, peakMb, ...extra })}\n`);
}
