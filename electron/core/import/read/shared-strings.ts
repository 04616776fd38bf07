// The workbook's shared strings (xl/sharedStrings.xml): one array of strings, read as a stream.
import { PieceScanner } from './xml-pieces';
import { TagReader } from './xml-tags';
import { openEntry, ZipError, type ZipEntry } from './zip';

class SharedStrings extends PieceScanner {
  readonly strings: string[] = [];
  private readonly inner = new TagReader();

  protected tag(): void {
    const tags = this.tags;
    if (tags.closing || !tags.is('si')) return;
    if (tags.selfClosing) {
      this.strings.push('');
      return;
    }
    const from = tags.end;
    const close = this.contentEnd();
    if (close < 0) return;
    this.inner.reset(tags.buf, from, close);
    this.strings.push(this.inner.runsText());
  }
}

export async function readSharedStrings(file: string, entry: ZipEntry): Promise<string[]> {
  const { data } = openEntry(file, entry);
  const scanner = new SharedStrings();
  try {
    await scanner.readAll(data);
  } catch {
    throw new ZipError({ kind: 'corrupt', part: entry.name });
  } finally {
    data.destroy();
  }
  if (scanner.cutShort) throw new ZipError({ kind: 'corrupt', part: entry.name });
  return scanner.strings;
}
