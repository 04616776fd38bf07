// Numbers as Russian documents print them: «2 399 794», «13,2», «87,45%», «10 000 руб.».
// Pure string arithmetic on the shortest decimal form of the number, so that what a person
// would compute by hand (1,005 → 1,01) is what is printed, not what binary floating point gives.

/** Non-breaking space: keeps digit groups, and a number with its word, on one line. */
export const NBSP = '\u00a0';
/** The typographic minus sign (U+2212): a hyphen-minus is too short in print. */
export const MINUS = '\u2212';

const MAX_DIGITS = 20;

function assertFinite(x: number, fn: string): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new RangeError(`${fn}: ожидалось конечное число, получено ${String(x)}`);
  }
}

function assertDigits(digits: number, fn: string): void {
  if (!Number.isInteger(digits) || digits < 0 || digits > MAX_DIGITS) {
    throw new RangeError(`${fn}: число знаков после запятой должно быть целым от 0 до ${MAX_DIGITS}, получено ${String(digits)}`);
  }
}

/** |x| rounded half away from zero to `digits` places, as decimal digit strings. */
export interface RoundedParts {
  negative: boolean;
  int: string;
  frac: string;
}

/**
 * Rounds half away from zero on the decimal digits of the shortest round-trip representation
 * (Number#toExponential without an argument), which is the number as a person sees it.
 * `negative` is false when the rounded value is zero, so no «−0» is ever printed.
 */
export function roundParts(x: number, digits: number): RoundedParts {
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential().split('e');
  const allDigits = mantissa.replace('.', '');
  const pointPos = Number(exponent) + 1; // digits before the decimal point
  let intDigits: string;
  let fracDigits: string;
  if (pointPos <= 0) {
    intDigits = '0';
    fracDigits = '0'.repeat(-pointPos) + allDigits;
  } else if (pointPos >= allDigits.length) {
    intDigits = allDigits + '0'.repeat(pointPos - allDigits.length);
    fracDigits = '';
  } else {
    intDigits = allDigits.slice(0, pointPos);
    fracDigits = allDigits.slice(pointPos);
  }
  let kept = intDigits + fracDigits.slice(0, digits).padEnd(digits, '0');
  const next = fracDigits.charAt(digits);
  if (next !== '' && next >= '5') kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  const int = kept.slice(0, kept.length - digits).replace(/^0+(?=\d)/, '') || '0';
  const frac = kept.slice(kept.length - digits);
  const negative = x < 0 && /[1-9]/.test(int + frac);
  return { negative, int, frac };
}

/** «2399794» → «2 399 794» (groups of three, also for four-digit numbers: «1 562»). */
function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

function assemble(parts: RoundedParts): string {
  const sign = parts.negative ? MINUS : '';
  const body = groupThousands(parts.int);
  return parts.frac.length > 0 ? `${sign}${body},${parts.frac}` : `${sign}${body}`;
}

/** An integer with grouped thousands: formatInt(2399794) → «2 399 794»; −5 → «−5». Fractions are rounded. */
export function formatInt(n: number): string {
  assertFinite(n, 'formatInt');
  return assemble(roundParts(n, 0));
}

/** A number with exactly `digits` places and a decimal comma: formatDecimal(13.2, 1) → «13,2». */
export function formatDecimal(x: number, digits: number): string {
  assertFinite(x, 'formatDecimal');
  assertDigits(digits, 'formatDecimal');
  return assemble(roundParts(x, digits));
}

/**
 * A number with at most `maxDigits` places and no trailing zeros: 2.5 → «2,5», 3 → «3»,
 * 1.004 → «1». Used where a count may be fractional (days, percentages in running text).
 */
export function formatNumber(x: number, maxDigits = 2): string {
  assertFinite(x, 'formatNumber');
  assertDigits(maxDigits, 'formatNumber');
  const parts = roundParts(x, maxDigits);
  return assemble({ ...parts, frac: parts.frac.replace(/0+$/, '') });
}

/** A value already in percent units: formatPercent(87.454) → «87,45%». No space before %, as the documents write it. */
export function formatPercent(x: number, digits = 2): string {
  assertFinite(x, 'formatPercent');
  assertDigits(digits, 'formatPercent');
  return `${assemble(roundParts(x, digits))}%`;
}

/** An amount in rubles: 10000 → «10 000 руб.», 1234.5 → «1 234,50 руб.» (kopecks only when there are any). */
export function formatRubles(n: number): string {
  assertFinite(n, 'formatRubles');
  const parts = roundParts(n, 2);
  const shown = parts.frac === '00' ? { ...parts, frac: '' } : parts;
  return `${assemble(shown)}${NBSP}руб.`;
}
