/**
 * Whether two different words are one typo apart: one letter replaced, added, dropped, or two
 * neighbouring letters swapped (optimal string alignment distance 1). Linear, no matrix.
 */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    // A replacement (the rest equal) or a swap of i and i+1.
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
  }
  // One letter more in the long word, at position i.
  return short.slice(i) === long.slice(i + 1);
}
