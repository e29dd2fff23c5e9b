/**
 * The site's one way of writing dates for machines and for the page: the calendar date as
 * YYYY-MM-DD, and a moment as "YYYY-MM-DD HH:MM" in the reader's own time zone. Every date is
 * written by `toISOString`, whose format the ECMAScript standard fixes, never by a locale: how a
 * locale writes a date is display data that differs between ICU versions (ICU 72 writes `en-CA` as
 * 12/06/2026, newer ICU as 2026-12-06). ESLint refuses locale date formatting in src/. Times outside the Date range
 * never reach here (the stored-data schemas bound them); anything else reads as "an unknown time"
 * rather than "Invalid Date".
 */

/** A calendar date (UTC), for build-time dates such as a page's "Updated". */
export function isoDate(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * The reader's wall-clock time at `ms` in ISO form (YYYY-MM-DDTHH:MM…): the moment moved by the
 * time zone's offset at that instant, then written by `toISOString`, whose format no locale changes.
 */
const wallClock = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString();

/** A moment in the reader's time zone: `text` to show, `iso` for `<time datetime>`. */
export function when(ms: number): { iso: string; text: string } {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return { iso: '', text: 'an unknown time' };
  return { iso: d.toISOString(), text: wallClock(ms).slice(0, 16).replace('T', ' ') };
}

/**
 * Today's date for the reader, from a clock reading, in the browser's own time zone. Reminders
 * fall due by the reader's calendar, not by UTC: at 23:30 in New York it is already tomorrow in UTC.
 */
export const localToday = (now: number): string => wallClock(now).slice(0, 10);
