// A small seeded PRNG: the demo region must come out byte-identical for the same seed on every
// machine, so nothing here may touch Math.random or the clock.

/** mulberry32: 32-bit state, fast, good enough for synthetic data (not for cryptography). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the user's seed with a stream name, so tree, members and stats draw independent numbers. */
export function deriveSeed(seed: number, stream: string): number {
  // Both 32-bit halves of a safe integer count, so seeds 1 and 2^32 + 1 differ.
  const lo = Math.trunc(seed) >>> 0;
  const hi = Math.floor(Math.trunc(seed) / 4294967296) >>> 0;
  let h = (lo ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ hi, 0x01000193) >>> 0;
  for (let i = 0; i < stream.length; i++) {
    h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

export class Random {
  private readonly next: () => number;

  constructor(seed: number, stream = '') {
    this.next = mulberry32(deriveSeed(seed, stream));
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** A float in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A string of n random decimal digits. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }

  /** Fisher–Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i]!;
      out[i] = out[j]!;
      out[j] = tmp;
    }
    return out;
  }
}

/** Picks from a fixed weighted table in O(log n); build once, draw many times. */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly values: T[] = [];
  private readonly total: number;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    let sum = 0;
    for (const [value, weight] of entries) {
      if (weight <= 0) continue;
      sum += weight;
      this.cumulative.push(sum);
      this.values.push(value);
    }
    if (this.values.length === 0) throw new Error('weighted table without positive weights');
    this.total = sum;
  }

  draw(rng: Random): T {
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}

/**
 * A bijection of [0, modulus) for unique, non-sequential identifiers (AIS ids, codes, card
 * numbers): multiplier and modulus are coprime, so distinct indexes never collide.
 */
export function permute(index: number, multiplier: number, offset: number, modulus: number): number {
  // BigInt-free: split the multiplication so it stays exact below 2^53.
  const hi = Math.floor(index / 65536);
  const lo = index % 65536;
  const part = (((hi * multiplier) % modulus) * 65536) % modulus;
  return (part + ((lo * multiplier) % modulus) + offset) % modulus;
}
