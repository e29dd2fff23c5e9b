/**
 * Calendar dates as ISO strings (YYYY-MM-DD), the form the engagement model stores. A calendar
 * date has no time and no zone: "due on 2026-03-14" means that day wherever the reader is, so the
 * arithmetic below runs on UTC midnights, where every day is exactly 24 hours long.
 */

import { isoDate } from '../dates';

/** A calendar date as `YYYY-MM-DD`. Only a type alias: validate with `isIsoDate`. */
export type IsoDate = string;

/**
 * The range a stored date must fall in. Wide enough for any real engagement, narrow enough that a
 * typo such as 20266-01-01 or 0026-01-01 is refused rather than stored.
 */
export const MIN_DATE: IsoDate = '2000-01-01';
export const MAX_DATE: IsoDate = '2099-12-31';

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of the date's UTC midnight, or NaN when the text is no real calendar date. */
function utcMidnight(date: string): number {
  const match = PATTERN.exec(date);
  if (!match) return Number.NaN;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 2026-02-30 over to March 2; reading the parts back catches it.
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? ms : Number.NaN;
}

/** True for a real calendar date (no 2026-02-30) written as YYYY-MM-DD, inside MIN_DATE..MAX_DATE. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(utcMidnight(value)) && value >= MIN_DATE && value <= MAX_DATE;
}

/** The date `days` days after `date` (before, when negative). Throws on an invalid date: a caller bug. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const ms = utcMidnight(date);
  if (Number.isNaN(ms)) throw new RangeError(`not a calendar date: ${date}`);
  return isoDate(ms + days * DAY_MS);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = utcMidnight(from);
  const b = utcMidnight(to);
  if (Number.isNaN(a) || Number.isNaN(b)) throw new RangeError(`not a calendar date: ${Number.isNaN(a) ? from : to}`);
  return Math.round((b - a) / DAY_MS);
}

/**
 * Today's date for the reader, from a clock reading and a time zone (the browser's own when
 * omitted). Reminders fall due by the reader's calendar, not by UTC: at 23:30 in New York it is
 * already tomorrow in UTC. `en-CA` formats as YYYY-MM-DD in every engine.
 */
export function localToday(now: number, timeZone?: string): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The date in iCalendar's basic form, YYYYMMDD, for `DTSTART;VALUE=DATE`. */
export const basicDate = (date: IsoDate): string => date.replaceAll('-', '');
