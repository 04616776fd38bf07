// Dates as Russian documents write them (ГОСТ Р 7.0.97): «24.12.2021», «24 декабря 2021 г.»,
// «„24“ декабря 2021 г.» written with guillemets, «на 1 января 2021 года».
// Input is an ISO calendar date «YYYY-MM-DD» (how the registry stores dates) or a Date, read in
// local time, i.e. the calendar day the user's clock shows. Spaces inside a date are
// non-breaking: a line must not separate «24» from «декабря» or «2021» from «г.».

import { NBSP } from './numbers';

/** Month names in the genitive, as a date needs them: «1 января». */
export const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export type DateInput = string | Date;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a strict ISO calendar date «YYYY-MM-DD»; throws on anything else, including 2021-02-30. */
export function parseIsoDate(iso: string): CalendarDate {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (m === null) throw new Error(`Некорректная дата «${String(iso)}»: ожидается ГГГГ-ММ-ДД`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1) {
    throw new Error(`Некорректная дата «${iso}»: такого дня нет в календаре`);
  }
  return { year, month, day };
}

/** A string is parsed strictly; a Date gives its local calendar day. An invalid Date throws. */
export function toCalendarDate(input: DateInput): CalendarDate {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new Error('Некорректная дата: Invalid Date');
    return { year: input.getFullYear(), month: input.getMonth() + 1, day: input.getDate() };
  }
  return parseIsoDate(input);
}

/** The ISO form «YYYY-MM-DD» of a date (a Date is taken in local time). */
export function toIsoDate(input: DateInput): string {
  const { year, month, day } = toCalendarDate(input);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function monthGenitive(month: number): string {
  const name = MONTHS_GENITIVE[month - 1];
  if (name === undefined) throw new Error(`Некорректный месяц ${month}`);
  return name;
}

/** «24.12.2021» */
export function formatDateNumeric(input: DateInput): string {
  const { year, month, day } = toCalendarDate(input);
  return `${pad2(day)}.${pad2(month)}.${String(year).padStart(4, '0')}`;
}

/** «24 декабря 2021 г.» */
export function formatDateLong(input: DateInput): string {
  const { year, month, day } = toCalendarDate(input);
  return `${day}${NBSP}${monthGenitive(month)}${NBSP}${year}${NBSP}г.`;
}

/**
 * «"24" декабря 2021 г.» with guillemets: «24» декабря 2021 г. The day keeps two digits («05» марта):
 * the quoted form copies the «__» blank of a printed form, which holds two digits.
 */
export function formatDateQuoted(input: DateInput): string {
  const { year, month, day } = toCalendarDate(input);
  return `«${pad2(day)}»${NBSP}${monthGenitive(month)}${NBSP}${year}${NBSP}г.`;
}

/** «1 января 2021 года»: the date inside running text («по состоянию на …», «до …»). */
export function formatDateGenitiveYear(input: DateInput): string {
  const { year, month, day } = toCalendarDate(input);
  return `${day}${NBSP}${monthGenitive(month)}${NBSP}${year}${NBSP}года`;
}

/** «на 1 января 2021 года»: the snapshot date of a report or of an indicator. */
export function formatAsOf(input: DateInput): string {
  return `на${NBSP}${formatDateGenitiveYear(input)}`;
}
