/** The .ics export, read back by ical.js: a parser we did not write is the judge of the format. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, utcDateTime } from '../../src/lib/calendar/ics';
import { engagementsToIcs, icsFileName, reminderUid, sequenceOf } from '../../src/lib/engagements/calendar-export';
import { engagementArbitrary, fernhill, NOW } from '../support/engagements';

const ORIGIN = 'https://handbook.example';
const options = { origin: ORIGIN, today: '2026-03-02', now: NOW };

interface ReadEvent {
  uid: string;
  start: string;
  isDate: boolean;
  end: string;
  summary: string;
  description: string;
  url: string;
  sequence: number;
  alarms: { action: string; trigger: string; description: string }[];
}

/** Parses with ical.js (throws on a malformed file) and reads every event back. */
function read(ics: string): { calendar: Record<string, unknown>; events: ReadEvent[] } {
  const root = new ICAL.Component(ICAL.parse(ics));
  const calendar = Object.fromEntries(
    ['prodid', 'version', 'calscale', 'method'].map((p) => [p, root.getFirstPropertyValue(p)]),
  );
  const events = root.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
      end: event.endDate.toString(),
      summary: event.summary,
      description: event.description,
      url: String(v.getFirstPropertyValue('url')),
      sequence: event.sequence,
      alarms: v.getAllSubcomponents('valarm').map((a) => ({
        action: String(a.getFirstPropertyValue('action')),
        trigger: String(a.getFirstPropertyValue('trigger')),
        description: String(a.getFirstPropertyValue('description')),
      })),
    };
  });
  return { calendar, events };
}

/** Every physical line: CRLF-terminated, at most 75 octets. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return ics.slice(0, -2).split('\r\n');
}
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar export', () => {
  const ics = engagementsToIcs([fernhill()], options);
  const { calendar, events } = read(ics);

  it('is a publishing calendar with the required properties', () => {
    expect(calendar).toEqual({
      prodid: '-//Client Handoff Handbook//Engagement reminders//EN',
      version: '2.0',
      calscale: 'GREGORIAN',
      method: 'PUBLISH',
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('holds all-day events at +3, +7 and +14 days after an invoice’s due date (and the final notice at +21)', () => {
    const chase = events.filter((e) => e.uid.includes('.i-0002@'));
    expect(chase.map((e) => [e.start, e.end])).toEqual([
      ['2026-03-16', '2026-03-17'],
      ['2026-03-20', '2026-03-21'],
      ['2026-03-27', '2026-03-28'],
      ['2026-04-03', '2026-04-04'],
    ]);
    expect(chase.every((e) => e.isDate)).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260316\r\n');
  });

  it('one event per reminder, each with the engagement, the message to send, a link back and an alarm', () => {
    expect(events).toHaveLength(9);
    const first = events.find((e) => e.uid === 'e-fernhill01.invoice-chase-3.i-0002@handoff-handbook')!;
    expect(first.summary).toBe(
      'Fernhill Physio: Online booking site: Invoice 2026-002: friendly reminder, 3 days late',
    );
    expect(first.description).toContain('Engagement: Fernhill Physio: Online booking site');
    expect(first.description).toContain('Message to send: payment-reminder-3-days');
    expect(first.url).toBe('https://handbook.example/workspace/?engagement=e-fernhill01#i-0002');
    expect(first.description).toContain(first.url);
    for (const e of events) {
      expect(e.url.startsWith(`${ORIGIN}/`)).toBe(true);
      expect(e.alarms).toEqual([{ action: 'DISPLAY', trigger: 'PT9H', description: e.summary }]);
    }
  });

  it('uses message titles from the message library when given', () => {
    const titled = read(
      engagementsToIcs([fernhill()], {
        ...options,
        messageTitle: (id) => (id === 'client-input-chase' ? 'Chasing a late client input' : undefined),
      }),
    );
    expect(titled.events.find((e) => e.uid.includes('.client-dependency.'))!.description).toContain(
      'Message to send: Chasing a late client input',
    );
    expect(titled.events.find((e) => e.uid.includes('.decision.'))!.description).toContain(
      'Message to send: approval-request',
    );
  });

  it('gives the same UIDs and SEQUENCE in two exports; only DTSTAMP differs', () => {
    const again = engagementsToIcs([fernhill()], { ...options, now: NOW + 3_600_000 });
    expect(read(again).events.map((e) => [e.uid, e.sequence])).toEqual(events.map((e) => [e.uid, e.sequence]));
    const changed = physicalLines(ics).filter((line, i) => line !== physicalLines(again)[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((line) => line.startsWith('DTSTAMP:'))).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('keeps a UID when the client is renamed or a date moves, and raises SEQUENCE', () => {
    const before = fernhill();
    const after = fernhill({ client: 'Fernhill Physiotherapy', updatedAt: NOW + 60_000 });
    after.dates.invoices[0]!.dueOn = '2026-03-20';
    const a = read(engagementsToIcs([before], options)).events.find((e) => e.uid.includes('invoice-chase-3'))!;
    const b = read(engagementsToIcs([after], options)).events.find((e) => e.uid.includes('invoice-chase-3'))!;
    expect(b.uid).toBe(a.uid);
    expect(b.start).toBe('2026-03-23');
    expect(b.sequence).toBe(a.sequence + 60);
    expect(reminderUid({ engagementId: 'e-x', kind: 'kickoff', subjectId: 'kickoff' })).toBe(
      'e-x.kickoff.kickoff@handoff-handbook',
    );
  });

  it('SEQUENCE counts seconds from 2020 and fits a 32-bit integer until 2088', () => {
    expect(sequenceOf(Date.UTC(2020, 0, 1))).toBe(0);
    expect(sequenceOf(Date.UTC(2019, 0, 1))).toBe(0);
    expect(sequenceOf(Date.UTC(2088, 0, 1))).toBeLessThan(2 ** 31);
  });

  it('an engagement with no dates gives a valid calendar with no events', () => {
    const empty = fernhill({ dates: { milestones: [], invoices: [], dependencies: [], decisions: [] } });
    const { nextAction: _n, ...bare } = empty;
    expect(read(engagementsToIcs([bare], options)).events).toEqual([]);
  });

  it('refuses a site origin that is not http(s)', () => {
    expect(() => engagementsToIcs([fernhill()], { ...options, origin: 'javascript:alert(1)' })).toThrow(TypeError);
    expect(() => engagementsToIcs([fernhill()], { ...options, origin: 'not a url' })).toThrow();
  });

  it('names the file by date', () => expect(icsFileName('2026-03-02')).toBe('handoff-reminders-2026-03-02.ics'));
});

describe('TEXT escaping and line folding', () => {
  it.each([
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['line one\nline two\r\nthree\rfour', 'line one\\nline two\\nthree\\nfour'],
    ['\\n is not a newline', '\\\\n is not a newline'],
    ['tab\tkept, bell\u0007 dropped', 'tab\tkept\\, bell dropped'],
    ['plain: colons stay', 'plain: colons stay'],
  ])('escapes %j', (input, output) => expect(escapeText(input)).toBe(output));

  it('folds at 75 octets without splitting a UTF-8 character, and unfolding restores the line', () => {
    const line = `SUMMARY:${'é😀a'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76)).split('\r\n')).toEqual(['X'.repeat(75), ' X']);
  });

  it('ical.js reads back tricky text exactly: emoji, long lines, commas, semicolons, newlines, backslashes', () => {
    const tricky = 'Bücher, Café; “quotes” \\ back\\nslash\nsecond line 👩‍💻🇪🇺 ' + 'long '.repeat(40) + '中文';
    const ics = buildCalendar({
      prodId: '-//Test//Test//EN',
      name: 'Reminders, mine; all',
      stamp: NOW,
      events: [
        {
          uid: 'u1@test',
          date: '2026-03-14',
          summary: tricky,
          description: tricky,
          url: 'https://x.example/a?b=1,2',
          sequence: 3,
          alarm: { trigger: 'PT9H', description: tricky },
        },
      ],
    });
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
    const [event] = read(ics).events;
    expect(event).toMatchObject({
      summary: tricky,
      description: tricky,
      start: '2026-03-14',
      sequence: 3,
      url: 'https://x.example/a?b=1,2',
    });
    expect(event!.alarms[0]!.description).toBe(tricky);
    // ical.js does not know X- properties as TEXT, so it keeps them raw; the escaping is checked as written.
    expect(ics).toContain('X-WR-CALNAME:Reminders\\, mine\\; all\r\n');
  });

  it('writes UTC stamps in the basic form', () =>
    expect(utcDateTime(Date.UTC(2026, 2, 14, 9, 5, 7, 123))).toBe('20260314T090507Z'));
});

describe('every engagement exports a calendar ical.js parses', () => {
  it('random engagements: parsed, same UIDs read back, summaries intact, lines within 75 octets', () => {
    fc.assert(
      fc.property(fc.uniqueArray(engagementArbitrary, { selector: (e) => e.id, maxLength: 3 }), (engagements) => {
        const ics = engagementsToIcs(engagements, options);
        // One assertion over all lines: an expect per line would dominate the run time.
        expect(Math.max(0, ...physicalLines(ics).map(octets))).toBeLessThanOrEqual(75);
        const { events } = read(ics);
        const expected = engagements.flatMap((e) =>
          [
            ...e.dates.invoices
              .filter((i) => !i.paidOn)
              .flatMap((i) =>
                ['invoice-chase-3', 'invoice-chase-7', 'invoice-chase-14', 'final-notice'].map(
                  (k) => `${e.id}.${k}.${i.id}`,
                ),
              ),
            ...e.dates.dependencies.map((d) => `${e.id}.client-dependency.${d.id}`),
            ...e.dates.decisions.map((d) => `${e.id}.decision.${d.id}`),
            ...e.dates.milestones.map((m) => `${e.id}.milestone.${m.id}`),
            ...(e.dates.kickoff ? [`${e.id}.kickoff.kickoff`] : []),
            ...(e.nextAction ? [`${e.id}.next-action.next-action`] : []),
          ].map((uid) => `${uid}@handoff-handbook`),
        );
        expect(events.map((e) => e.uid).sort()).toEqual(expected.sort());
        expect(events.every((e) => e.isDate)).toBe(true);
        // TEXT has one kind of line break: CRLF and CR come back as LF.
        const wrongTitle = events.filter((event) => {
          const owner = engagements.find((e) => event.uid.startsWith(`${e.id}.`))!;
          return !event.summary.startsWith(owner.client.replace(/\r\n?/g, '\n'));
        });
        expect(wrongTitle).toEqual([]);
      }),
      { numRuns: 150 },
    );
    // ical.js parses a few thousand events here; the time allowed leaves room for a busy machine.
  }, 30_000);
});
