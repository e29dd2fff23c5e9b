/**
 * Engagement reminders as an iCalendar file a reader imports into their own calendar.
 *
 * Re-importing must update, not duplicate. So:
 * - UID = `<engagement id>.<reminder kind>.<subject id>@handoff-handbook`. All three parts are
 *   stable ids, never names or dates, so renaming a client or moving a due date keeps the UID
 *   and the calendar moves the event instead of adding a second one. The domain part is fixed
 *   rather than taken from the site origin, so the same data exported from a preview and from
 *   the live site still matches.
 * - SEQUENCE = seconds from 2020-01-01 to the engagement's `updatedAt`. It only grows as the
 *   engagement changes, so a calendar that compares SEQUENCE keeps the newer copy, and two
 *   exports of unchanged data carry the same number. (Seconds since 2020 fit a 32-bit integer
 *   until 2088; seconds since 1970 would overflow in 2038.)
 * - DTSTAMP is when the file was made (RFC 5545 §3.8.7.2, with METHOD present), passed in so a
 *   test can pin it; it is the only line that differs between two exports of the same data.
 * - LAST-MODIFIED is the engagement's `updatedAt`.
 *
 * A reminder that stops (an invoice marked paid) is simply absent from the next export;
 * METHOD:PUBLISH has no way to delete an event the reader already imported, so the reader
 * deletes it or re-subscribes. The UI should say so next to the download.
 */
import { buildCalendar, type IcsEvent } from '../calendar/ics';
import type { IsoDate } from '../calendar/iso-date';
import type { Engagement } from './engagement';
import { allReminders, type Reminder } from './reminders';

export const UID_DOMAIN = 'handoff-handbook';
export const PRODID = '-//Client Handoff Handbook//Engagement reminders//EN';
/**
 * The alarm rings at 09:00 on the day: all-day events start at local midnight. Kept relative on
 * purpose. RFC 5545 (3.8.6.3) allows an absolute trigger only in UTC, which would fix the hour to
 * the time zone the file was made in (a floating `TRIGGER;VALUE=DATE-TIME:…T090000` breaks the
 * RFC, and calendars differ on it); a relative one follows the reader's calendar wherever it is.
 * Its cost: `PT9H` is an exact duration, so on the two days a year the clocks change (a Sunday
 * night in most zones) it rings at 08:00 or 10:00. RFC 5545 has no nominal hour to avoid that.
 */
export const ALARM_TRIGGER = 'PT9H';
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

export const reminderUid = (r: Pick<Reminder, 'engagementId' | 'kind' | 'subjectId'>) =>
  `${r.engagementId}.${r.kind}.${r.subjectId}@${UID_DOMAIN}`;

export const sequenceOf = (updatedAt: number) => Math.max(0, Math.floor((updatedAt - SEQUENCE_EPOCH) / 1000));

export interface ExportOptions {
  /** The site's origin, e.g. https://handbook.example; links in events are made absolute with it. */
  origin: string;
  /**
   * The reader's today. Reminders already past stay in the file while their item is open (an
   * unpaid invoice keeps its 3-day chase), so the calendar shows the whole chase history.
   */
  today: IsoDate;
  /** When the file is made, in ms since the epoch (DTSTAMP). */
  now: number;
  /** A message's title from the message library, for the description; the id is shown without it. */
  messageTitle?: (id: string) => string | undefined;
  /** The calendar's name in the reader's calendar app. */
  calendarName?: string;
}

function describe(r: Reminder, url: string, messageTitle?: (id: string) => string | undefined): string {
  const lines = [`Engagement: ${r.engagementName}`, r.detail];
  if (r.owner) lines.push(`Owner: ${r.owner}`);
  if (r.messageId) lines.push(`Message to send: ${messageTitle?.(r.messageId) ?? r.messageId}`);
  lines.push(`Open in the handbook: ${url}`);
  return lines.join('\n');
}

/** The events for these engagements' reminders, in date order. */
export function reminderEvents(engagements: readonly Engagement[], options: ExportOptions): IcsEvent[] {
  const origin = new URL(options.origin);
  if (origin.protocol !== 'https:' && origin.protocol !== 'http:')
    throw new TypeError(`the site origin must be http(s): ${options.origin}`);
  const updatedAt = new Map(engagements.map((e) => [e.id, e.updatedAt]));
  return allReminders(engagements, options.today).map((r) => {
    const url = new URL(r.link, origin).href;
    const stamp = updatedAt.get(r.engagementId)!;
    return {
      uid: reminderUid(r),
      date: r.date,
      summary: `${r.engagementName}: ${r.title}`,
      description: describe(r, url, options.messageTitle),
      url,
      sequence: sequenceOf(stamp),
      lastModified: stamp,
      alarm: { trigger: ALARM_TRIGGER, description: `${r.engagementName}: ${r.title}` },
    };
  });
}

/** The .ics file text for these engagements (one, or all of them). */
export function engagementsToIcs(engagements: readonly Engagement[], options: ExportOptions): string {
  return buildCalendar({
    prodId: PRODID,
    ...(options.calendarName ? { name: options.calendarName } : {}),
    stamp: options.now,
    events: reminderEvents(engagements, options),
  });
}

/** A file name for the download, e.g. `handoff-reminders-2026-03-14.ics`. */
export const icsFileName = (today: IsoDate) => `handoff-reminders-${today}.ics`;
