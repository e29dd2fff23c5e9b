/** On paper only: the engagement a printed tool belongs to, and the date it was printed from. */
import { isoDate } from '../lib/dates';

export function PrintStamp({ name }: { name: string }) {
  const today = isoDate(Date.now());
  return (
    <p class="print-only print-stamp" data-filled>
      Engagement: {name || '______________________'} · Date: <time dateTime={today}>{today}</time>
    </p>
  );
}
