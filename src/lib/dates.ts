/**
 * The site's one way of writing dates for machines and for the page: the calendar date as
 * YYYY-MM-DD, and a moment as "YYYY-MM-DD HH:MM" in the reader's own time zone. Every date is
 * built from its numeric parts, never from a locale's format: how a locale writes a date is display
 * data that differs between ICU versions (ICU 72 writes `en-CA` as 12/06/2026, newer ICU as
 * 2026-12-06). ESLint refuses locale date formatting anywhere else. Times outside the Date range
 * never reach here (the stored-data schemas bound them); anything else reads as "an unknown time"
 * rather than "Invalid Date".
 */
const two = (n: number) => String(n).padStart(2, '0');
const ymd = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;

/** A calendar date (UTC), for build-time dates such as a page's "Updated". */
export function isoDate(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** A moment in the reader's time zone: `text` to show, `iso` for `<time datetime>`. */
export function when(ms: number): { iso: string; text: string } {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return { iso: '', text: 'an unknown time' };
  const text = `${ymd(d.getFullYear(), d.getMonth() + 1, d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
  return { iso: d.toISOString(), text };
}

/**
 * Today's date for the reader, from a clock reading and a time zone (the browser's own when
 * omitted). Reminders fall due by the reader's calendar, not by UTC: at 23:30 in New York it is
 * already tomorrow in UTC. The parts come from `formatToParts` in the Gregorian calendar with
 * Latin digits, so neither the locale's order nor its separators matter.
 */
export function localToday(now: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return ymd(part('year'), part('month'), part('day'));
}
