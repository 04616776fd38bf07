import { openTable } from './electron/core/import/read/open';
async function main() {
  const t = Date.now();
  const src = await openTable('/tmp/profreestr-bench-cache/import-200000/Члены.xlsx');
  console.log('opened', Date.now() - t, 'rss', process.memoryUsage().rss >> 20);
  let n = 0, peak = 0;
  for await (const b of src.rows()) { n += b.length; peak = Math.max(peak, process.memoryUsage().rss >> 20); }
  console.log('rows', n, Date.now() - t, 'peak rss', peak, 'maxrss', process.resourceUsage().maxRSS >> 10, 'heap', process.memoryUsage().heapUsed >> 20);
}
void main();
