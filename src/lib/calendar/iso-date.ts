/**
 * Calendar dates as ISO strings (YYYY-MM-DD), the form the engagement model stores. A calendar
 * date has no time and no zone: "due on 2026-03-14" means that day wherever the reader is, so the
 * arithmetic below runs on UTC midnights, where every day is exactly 24 hours long.
 */

import { isoDate } from '../dates';
import { utcMidnight, type IsoDate } from '../../schemas/calendar-date';

export { localToday } from '../dates';
export { isIsoDate, MAX_DATE, MIN_DATE, type IsoDate } from '../../schemas/calendar-date';

const DAY_MS = 86_400_000;

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

/** The date in iCalendar's basic form, YYYYMMDD, for `DTSTART;VALUE=DATE`. */
export const basicDate = (date: IsoDate): string => date.replaceAll('-', '');
