/**
 * The site's one way of writing dates: the calendar date as YYYY-MM-DD, and a moment as
 * "YYYY-MM-DD HH:MM" in the reader's own time zone, the same in every locale. Times outside the
 * Date range never reach here (the stored-data schemas bound them); anything else reads as
 * "an unknown time" rather than "Invalid Date".
 */
import { LATEST_TIME } from './persistence/limits';

const two = (n: number) => String(n).padStart(2, '0');

/** A calendar date (UTC), for build-time dates such as a page's "Updated". */
export function isoDate(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** A moment in the reader's time zone: `text` to show, `iso` for `<time datetime>`. */
export function when(ms: number): { iso: string; text: string } {
  const d = new Date(ms);
  // Before 1970 or past 2200 no moment of this site's can be (a share link may claim year 0): unknown, not "0-01-01 00:00".
  if (Number.isNaN(d.getTime()) || ms < 0 || ms > LATEST_TIME) return { iso: '', text: 'an unknown time' };
  const text = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
  return { iso: d.toISOString(), text };
}
