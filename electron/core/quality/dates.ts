// Date limits of the checks, as ISO strings the file compares directly.
import { dayFromIso, isoDate } from '../demo/dates';

/** The same calendar day n years earlier; 29 February becomes 28 February in a common year. */
export function yearsEarlier(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) - years;
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(y).padStart(4, '0')}-${iso.slice(5, 7)}-${String(day).padStart(2, '0')}`;
}

export function daysEarlier(iso: string, days: number): string {
  return isoDate(dayFromIso(iso) - days);
}

/** Full years between a birth date and a day (both ISO). */
export function ageOn(birth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}
