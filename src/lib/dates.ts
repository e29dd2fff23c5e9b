/** Dates are written one way everywhere on the site: the calendar date as YYYY-MM-DD (UTC), the same in every locale. */
export function isoDate(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10);
}
