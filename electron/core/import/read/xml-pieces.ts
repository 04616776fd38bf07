// A streamed XML part read chunk by chunk: each chunk is walked up to the first tag or element
// it does not hold whole, and those bytes are carried over to the front of the next chunk. Values
// are decoded only from whole elements, so a UTF-8 letter cut between chunks is never split.
import { TagReader } from './xml-tags';

/** Search again this far back in a carried element, where its end tag may have been cut. */
const OVERLAP = 64;
/**
 * An element longer than this is not a cell or a string Excel writes (a cell holds at most 32,767
 * characters): the part is broken, and carrying it on would copy ever more with every chunk.
 */
const MAX_CARRY = 16 * 2 ** 20;

export abstract class PieceScanner {
  protected readonly tags = new TagReader();
  /** Set by a scanner that has read all it needs from the part. */
  finished = false;
  private carry: Buffer = Buffer.alloc(0);
  /** Where the search for the carried element's end tag resumes: what was searched is not again. */
  private resume = 0;

  feed(chunk: Buffer): void {
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const tags = this.tags;
    tags.reset(buf);
    while (!this.finished && tags.next()) this.tag();
    this.carry = tags.cut && !this.finished ? buf.subarray(tags.start) : Buffer.alloc(0);
    if (this.carry.length > MAX_CARRY) throw new Error('XML element too long');
  }

  /** Reads a whole part from its stream. */
  async readAll(data: AsyncIterable<Buffer>): Promise<void> {
    for await (const chunk of data) {
      this.feed(chunk);
      if (this.finished) return;
    }
  }

  /** True when the part ended inside a tag or an element. */
  get cutShort(): boolean {
    return this.carry.length > 0;
  }

  /** Called at each tag of the walk. */
  protected abstract tag(): void;

  /** The index of the current element's end tag; -1, with the walk cut at the element, while a later chunk holds it. */
  protected contentEnd(): number {
    const tags = this.tags;
    const close = tags.closeIndex(Math.max(tags.end, this.resume));
    this.resume = 0;
    if (close < 0) {
      // The next chunk's bytes start with this element.
      this.resume = Math.max(0, tags.limit - tags.start - OVERLAP);
      tags.cutHere();
    }
    return close;
  }
}
