// One file of a ZIP archive (a DOCX the docx library has just packed): read it, or put a new
// version of it in place, copying every other entry as it is. Enough for our own archives: no
// ZIP64, no encryption, sizes in the central directory.
import zlib from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  /** The central directory record. */
  central: Buffer;
  /** The local header, the compressed data and any data descriptor: the bytes up to the next entry. */
  local: Buffer;
  /** The local header alone. */
  head: Buffer;
  method: number;
  size: number;
  data: Buffer;
}

function entries(zip: Buffer): { list: Entry[]; comment: Buffer } {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== EOCD) eocd--;
  if (eocd < 0) throw new Error('Not a ZIP archive');
  const count = zip.readUInt16LE(eocd + 10);
  const directory = zip.readUInt32LE(eocd + 16);
  let at = directory;
  const list: Entry[] = [];
  const offsets: number[] = [];
  for (let i = 0, p = directory; i < count; i++) {
    offsets.push(zip.readUInt32LE(p + 42));
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  const sorted = [...offsets, directory].sort((a, b) => a - b);
  const next = (offset: number) => sorted[sorted.indexOf(offset) + 1]!;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('Broken ZIP central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const end = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(offset) !== LOCAL) throw new Error('Broken ZIP entry');
    const size = zip.readUInt32LE(at + 20);
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    list.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      central: zip.subarray(at, end),
      local: zip.subarray(offset, next(offset)),
      head: zip.subarray(offset, start),
      method: zip.readUInt16LE(at + 10),
      size,
      data: zip.subarray(start, start + size),
    });
    at = end;
  }
  return { list, comment: zip.subarray(eocd + 22) };
}

export function readZipEntry(zip: Buffer, name: string): Buffer {
  const entry = entries(zip).list.find((e) => e.name === name);
  if (!entry) throw new Error(`No «${name}» in the archive`);
  return entry.method === 0 ? Buffer.from(entry.data) : zlib.inflateRawSync(entry.data);
}

/** The archive with `name` holding `content` (deflated), every other entry copied byte for byte. */
export function replaceZipEntry(zip: Buffer, name: string, content: Buffer): Buffer {
  const { list, comment } = entries(zip);
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of list) {
    let local = e.local;
    let central = Buffer.from(e.central);
    if (e.name === name) {
      const data = zlib.deflateRawSync(content);
      const head = Buffer.from(e.head);
      const crc = zlib.crc32(content);
      // Method, CRC and sizes in the local header (no data descriptor) and in the central record.
      head.writeUInt16LE(head.readUInt16LE(6) & ~0x0008, 6);
      head.writeUInt16LE(8, 8);
      head.writeUInt32LE(crc, 14);
      head.writeUInt32LE(data.length, 18);
      head.writeUInt32LE(content.length, 22);
      central.writeUInt16LE(central.readUInt16LE(8) & ~0x0008, 8);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(crc, 16);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(content.length, 24);
      local = Buffer.concat([head, data]);
    }
    central.writeUInt32LE(offset, 42);
    parts.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(list.length, 8);
  end.writeUInt16LE(list.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...parts, directory, end, comment]);
}
