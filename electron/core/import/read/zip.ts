// The XLSX package (a zip): its central directory, a check that every entry unpacks intact, and
// entries opened for reading. The archive is proven whole before anything is parsed, so that a
// truncated or damaged workbook gets one clear message naming the broken part instead of a
// parse error halfway through; the check costs one fast pass of zlib over the file.
import fs from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

export type ZipProblem = { kind: 'truncated' } | { kind: 'tooBig' } | { kind: 'corrupt'; part: string };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Unpacked size we agree to check: real registry workbooks are far below it. */
const MAX_TOTAL = 4 * 2 ** 30;

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = fs.readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

export function readCentralDirectory(file: string): ZipEntry[] {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const tailLength = Math.min(size, 65_557);
    const tail = readAt(fd, size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipError({ kind: 'truncated' });
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) throw new ZipError({ kind: 'tooBig' });
    if (cdOffset + cdSize > size - tailLength + eocd) throw new ZipError({ kind: 'truncated' });
    const cd = readAt(fd, cdOffset, cdSize);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new ZipError({ kind: 'truncated' });
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      entries.push({
        name: cd.toString('utf8', p + 46, p + 46 + nameLength),
        encrypted: (cd.readUInt16LE(p + 8) & 1) === 1,
        method: cd.readUInt16LE(p + 10),
        crc: cd.readUInt32LE(p + 16),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
    const total = entries.reduce((s, e) => s + e.size, 0);
    if (total > MAX_TOTAL) throw new ZipError({ kind: 'tooBig' });
    return entries;
  } finally {
    fs.closeSync(fd);
  }
}

/** Where an entry's packed data begins: after its local header, whose lengths may differ from the directory's. */
function dataStart(fd: number, entry: ZipEntry): number {
  const local = readAt(fd, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new ZipError({ kind: 'corrupt', part: entry.name });
  return entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}

export interface EntryStream {
  data: Readable;
  /** Packed bytes taken from the file so far. */
  packedRead(): number;
}

function unpacked(file: string, entry: ZipEntry, start: number): EntryStream {
  if (entry.compressedSize === 0) return { data: Readable.from([]), packedRead: () => 0 };
  // 256 KB at a time, stored or packed: a reader's batches stay near their size.
  const raw = fs.createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 18 });
  // pipeline: destroying the inflater (a reader stopping early) closes the file too.
  const data = entry.method === 0 ? raw : pipeline(raw, zlib.createInflateRaw({ chunkSize: 1 << 18 }), () => {});
  return { data, packedRead: () => raw.bytesRead };
}

/** Inflates one entry and compares its length and CRC with the directory. */
async function verifyEntry(file: string, fd: number, entry: ZipEntry): Promise<void> {
  const corrupt = () => new ZipError({ kind: 'corrupt', part: entry.name });
  const start = dataStart(fd, entry);
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) throw corrupt();
  if (entry.compressedSize === 0) {
    if (entry.size !== 0) throw corrupt();
    return;
  }
  const { data } = unpacked(file, entry, start);
  let crc = 0;
  let length = 0;
  try {
    for await (const chunk of data as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > entry.size) throw corrupt();
      crc = zlib.crc32(chunk, crc);
    }
  } catch (err) {
    data.destroy();
    if (err instanceof ZipError) throw err;
    throw corrupt();
  }
  if (length !== entry.size || crc >>> 0 !== entry.crc >>> 0) throw corrupt();
}

/** Throws ZipError unless every entry of the archive unpacks intact. */
export async function verifyZip(file: string, entries: ZipEntry[]): Promise<void> {
  const fd = fs.openSync(file, 'r');
  try {
    for (const entry of entries) {
      if (!entry.name.endsWith('/')) await verifyEntry(file, fd, entry);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** One (verified) entry unpacked as a stream. */
export function openEntry(file: string, entry: ZipEntry): EntryStream {
  const fd = fs.openSync(file, 'r');
  let start: number;
  try {
    start = dataStart(fd, entry);
  } finally {
    fs.closeSync(fd);
  }
  return unpacked(file, entry, start);
}

/** A small (verified) entry, unpacked whole. */
export function readEntry(file: string, entry: ZipEntry): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const packed = readAt(fd, dataStart(fd, entry), entry.compressedSize);
    return entry.method === 0 || entry.size === 0 ? packed : zlib.inflateRawSync(packed);
  } catch (err) {
    throw err instanceof ZipError ? err : new ZipError({ kind: 'corrupt', part: entry.name });
  } finally {
    fs.closeSync(fd);
  }
}
