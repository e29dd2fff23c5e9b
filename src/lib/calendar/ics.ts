/**
 * A small iCalendar (RFC 5545) writer for all-day reminder events. It knows nothing of
 * engagements: it takes finished events and gets the format right — TEXT escaping, line folding
 * at 75 octets without splitting a UTF-8 character, CRLF line ends. Tests parse every file it
 * writes with ical.js, a maintained parser, so the format is checked by code we did not write.
 */
import { addDays, basicDate, type IsoDate } from './iso-date';

export interface IcsAlarm {
  /**
   * When the alarm fires, as an RFC 5545 duration relative to the event's start. For an all-day
   * event the start is local midnight, so `PT9H` rings at 09:00 on the day.
   */
  trigger: string;
  /** The text the calendar shows when the alarm fires. */
  description: string;
}

export interface IcsEvent {
  /** Globally unique and stable: the same reminder must get the same UID in every export. */
  uid: string;
  /** The day of the event; it lasts the whole day. */
  date: IsoDate;
  summary: string;
  description: string;
  /** An absolute URL back to where the event came from. */
  url?: string;
  /** Revision number; a calendar keeps the copy with the higher one when a UID comes back. */
  sequence: number;
  /** When the event's content last changed, in ms since the epoch. */
  lastModified?: number;
  alarm?: IcsAlarm;
}

export interface IcsCalendar {
  /** PRODID: who made the file, `-//Owner//Product//EN` by convention. */
  prodId: string;
  /** X-WR-CALNAME: the name most calendars give the imported calendar. */
  name?: string;
  /** DTSTAMP of every event: when this file was made, in ms since the epoch. */
  stamp: number;
  events: readonly IcsEvent[];
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash first, so the escapes added after it are
 * not doubled; then `;` and `,`; every kind of line break becomes `\n`. Other control characters
 * are not allowed in TEXT at all and are dropped (tab is allowed and kept).
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** UTF-8 length of one code point, by arithmetic: encoding each character would be far slower. */
const charOctets = (char: string) => {
  const cp = char.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/**
 * Folds one content line into lines of at most 75 octets (RFC 5545 §3.1): each continuation
 * line starts with a space, which counts toward its 75. The split falls between code points, so
 * a multi-byte character (é, an emoji) is never cut in half; unfolding joins the pieces back.
 */
export function foldLine(line: string, limit = 75): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = charOctets(char);
    // The first line has all 75 octets; every later line gives one to its leading space.
    const room = lines.length === 0 ? limit : limit - 1;
    if (size + n > room) {
      lines.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/** A UTC date-time in iCalendar's form, e.g. 20260314T091500Z. */
export function utcDateTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

function eventLines(event: IcsEvent, stamp: number): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    // DTEND of an all-day event is exclusive: the day after.
    `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
    `SEQUENCE:${event.sequence}`,
    ...(event.lastModified === undefined ? [] : [`LAST-MODIFIED:${utcDateTime(event.lastModified)}`]),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // URL is a URI value, not TEXT, so it is not escaped; callers pass a URL-encoded absolute URL.
    ...(event.url ? [`URL:${event.url}`] : []),
    // A reminder does not make the reader busy.
    'TRANSP:TRANSPARENT',
  ];
  if (event.alarm) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:${event.alarm.trigger}`,
      `DESCRIPTION:${escapeText(event.alarm.description)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole file: CRLF after every line, the last one included, as RFC 5545 requires. */
export function buildCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${calendar.prodId}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendar.name ? [`X-WR-CALNAME:${escapeText(calendar.name)}`] : []),
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => foldLine(l)).join('\r\n') + '\r\n';
}
