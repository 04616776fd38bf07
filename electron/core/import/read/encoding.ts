// Which encoding a CSV is in. Excel writes UTF-8 with a BOM («CSV UTF-8»), Windows-1251 without
// one (plain «CSV» on a Russian Windows) and UTF-16 with a BOM («Текст Юникод»); LibreOffice
// writes UTF-8 without a BOM. Text that is valid UTF-8 is UTF-8; anything else is Windows-1251.
import type { TextEncoding } from './types';

export interface DetectedEncoding {
  encoding: TextEncoding;
  bomLength: number;
}

/** Drops an incomplete multi-byte character cut off at the end of a sample. */
function completeUtf8(sample: Buffer): Buffer {
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (need > back) end -= back;
    break;
  }
  return sample.subarray(0, end);
}

export function isUtf8(sample: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(completeUtf8(sample));
    return true;
  } catch {
    return false;
  }
}

export function detectEncoding(sample: Buffer): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isUtf8(sample) ? 'utf-8' : 'windows-1251', bomLength: 0 };
}

/** Binary junk: NUL bytes or many control characters in what should be text. */
export function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > Math.max(2, text.length / 100);
}
