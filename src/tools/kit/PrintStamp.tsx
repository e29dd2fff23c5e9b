/** On paper only: the engagement a printed tool belongs to, and the date it was printed from. */
import { localToday } from '../../lib/dates';

export function PrintStamp({ name }: { name: string }) {
  // The reader's own date, not UTC's: printed at 23:30 in New York, the page says today.
  const today = localToday(Date.now());
  return (
    <p class="print-only print-stamp" data-filled>
      Engagement: {name || '______________________'} · Date: <time dateTime={today}>{today}</time>
    </p>
  );
}
