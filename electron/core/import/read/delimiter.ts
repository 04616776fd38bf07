// Which delimiter a CSV uses: the one that splits the first lines into the same number of
// columns, two or more. Ties go to «;» (Excel's list separator on Russian Windows), then tab,
// then comma — a comma also sits inside addresses and decimals.
import { CsvParser, CsvLimitError } from './csv-parser';
import type { Delimiter } from './types';

const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];
const SAMPLE_RECORDS = 50;

function widths(text: string, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  const parser = new CsvParser(delimiter, (cells) => {
    if (cells.some((c) => c.trim() !== '')) counts.push(cells.length);
  });
  try {
    parser.push(text);
  } catch (err) {
    if (!(err instanceof CsvLimitError)) throw err;
  }
  return counts.slice(0, SAMPLE_RECORDS);
}

export function detectDelimiter(sample: string): Delimiter {
  // The last line of a sample may be cut in the middle: leave it out.
  const cut = Math.max(sample.lastIndexOf('\n'), 0);
  const text = cut > 0 ? sample.slice(0, cut) : sample;
  let best: Delimiter = ';';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = widths(text, d);
    const header = counts[0] ?? 0;
    if (header < 2) continue;
    const same = counts.filter((n) => n === header).length;
    const score = same * 10_000 + header;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
