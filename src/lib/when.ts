/**
 * The site's one date and time format for saved data: day, month and year with the time in
 * 24-hour form ("25 Nov 2026, 14:05"), and the ISO form for `<time datetime>`. Times outside
 * the Date range never reach here (the stored-data schemas bound them); anything else reads as
 * "an unknown time" rather than "Invalid Date".
 */
const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function when(ms: number): { iso: string; text: string } {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return { iso: '', text: 'an unknown time' };
  return { iso: date.toISOString(), text: format.format(date) };
}
