/**
 * Whether a text is a calendar date the engagement model accepts, apart from the date arithmetic
 * in src/lib/calendar/iso-date.ts: the stored-data schemas need only this check, and schemas stand alone.
 */

/** A calendar date as `YYYY-MM-DD`. Only a type alias: validate with `isIsoDate`. */
export type IsoDate = string;

/**
 * The range a stored date must fall in. Wide enough for any real engagement, narrow enough that a
 * typo such as 20266-01-01 or 0026-01-01 is refused rather than stored.
 */
export const MIN_DATE: IsoDate = '2000-01-01';
export const MAX_DATE: IsoDate = '2099-12-31';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of the date's UTC midnight, or NaN when the text is no real calendar date. */
export function utcMidnight(date: string): number {
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
