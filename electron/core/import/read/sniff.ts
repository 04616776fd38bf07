// Which reader a file needs, from its first bytes rather than its name: a CSV saved as .xlsx or
// an .xls renamed .xlsx must get the right message, not a parser's stack trace.
import fs from 'node:fs';

export type Sniffed = 'zip' | 'cfb' | 'text' | 'empty';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** OLE compound file: old .xls, and also an encrypted (password-protected) .xlsx. */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function readHead(file: string, length: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = fs.readSync(fd, buf, 0, length, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

export function sniff(head: Buffer): Sniffed {
  if (head.length === 0) return 'empty';
  if (head.subarray(0, 4).equals(ZIP) || head.subarray(0, 4).equals(ZIP_EMPTY)) return 'zip';
  if (head.subarray(0, 8).equals(CFB)) return 'cfb';
  return 'text';
}

/**
 * An encrypted OOXML package is a compound file with a stream named «EncryptionInfo»; its name
 * stands in the directory, whose first sector the compound file's header points at.
 */
export function isEncryptedPackage(file: string): boolean {
  const marker = Buffer.from('EncryptionInfo', 'utf16le');
  const header = readHead(file, 512);
  if (header.length < 512) return false;
  const sectorSize = 1 << header.readUInt16LE(0x1e);
  const firstDirSector = header.readUInt32LE(0x30);
  const fd = fs.openSync(file, 'r');
  try {
    const dir = Buffer.alloc(sectorSize * 4);
    const n = fs.readSync(fd, dir, 0, dir.length, (firstDirSector + 1) * sectorSize);
    return dir.subarray(0, n).includes(marker);
  } finally {
    fs.closeSync(fd);
  }
}
