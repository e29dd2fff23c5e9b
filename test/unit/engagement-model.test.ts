import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, basicDate, daysBetween, isIsoDate, localToday } from '../../src/lib/calendar/iso-date';
import { inTimeZone } from '../support/time-zone';
import { engagementListSchema, engagementSchema, invoiceSchema } from '../../src/schemas/engagement';
import { createEngagement, engagementName, renameEngagement } from '../../src/lib/engagements/engagement';
import { addItem, removeItem, setNextAction, setNotes, updateDates, updateItem } from '../../src/lib/engagements/edit';
import { hashText, newId, seededRandom } from '../../src/lib/engagements/ids';
import { engagementArbitrary, fernhill, NOW } from '../support/engagements';

describe('calendar dates', () => {
  it.each([
    ['2026-03-14', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-3-14', false],
    ['20266-03-14', false],
    ['1999-12-31', false],
    ['2100-01-01', false],
    ['2000-01-01', true],
    ['2099-12-31', true],
    [' 2026-03-14', false],
    [20260314, false],
  ])('isIsoDate(%j) is %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-02-26', 3)).toBe('2026-03-01');
    expect(addDays('2028-02-26', 3)).toBe('2028-02-29');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // Daylight saving changes do not shift a calendar date: days are counted in UTC.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('daysBetween is the inverse of addDays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30000 }), fc.integer({ min: -400, max: 400 }), (start, n) => {
        const from = addDays('2000-01-01', start);
        expect(daysBetween(from, addDays(from, n))).toBe(n);
      }),
    );
  });

  it('today follows the reader’s time zone, not UTC', () => {
    const lateEvening = Date.UTC(2026, 2, 14, 3, 30); // 23:30 on the 13th in New York
    expect(inTimeZone('UTC', () => localToday(lateEvening))).toBe('2026-03-14');
    expect(inTimeZone('America/New_York', () => localToday(lateEvening))).toBe('2026-03-13');
    expect(inTimeZone('Pacific/Auckland', () => localToday(Date.UTC(2026, 2, 13, 23, 30)))).toBe('2026-03-14');
  });

  it('writes the basic form for iCalendar', () => expect(basicDate('2026-03-14')).toBe('20260314'));
});

describe('engagement schema', () => {
  const issues = (value: unknown) => {
    const r = engagementSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };

  it('accepts a realistic engagement', () => expect(issues(fernhill())).toEqual([]));

  it('accepts every generated engagement', () => {
    fc.assert(
      fc.property(engagementArbitrary, (e) => {
        expect(issues(e)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses dates that are not real calendar dates or are out of range', () => {
    const e = fernhill();
    expect(issues({ ...e, dates: { ...e.dates, kickoff: '2026-02-30' } })).toEqual(['dates.kickoff']);
    expect(issues({ ...e, dates: { ...e.dates, signature: '1970-01-01' } })).toEqual(['dates.signature']);
    expect(issues({ ...e, nextAction: { ...e.nextAction!, due: '14/03/2026' } })).toEqual(['nextAction.due']);
  });

  it('refuses blank names, over-long text and ids that would need escaping', () => {
    expect(issues({ ...fernhill(), client: '   ' })).toEqual(['client']);
    expect(issues({ ...fernhill(), notes: 'x'.repeat(4001) })).toEqual(['notes']);
    expect(issues({ ...fernhill(), id: 'e fern,hill' })).toEqual(['id']);
    const e = fernhill();
    expect(issues({ ...e, dates: { ...e.dates, dependencies: [{ ...e.dates.dependencies[0]!, owner: '' }] } })).toEqual(
      ['dates.dependencies.0.owner'],
    );
  });

  it('refuses an invoice due before it was sent, a bad currency, a negative amount', () => {
    const invoice = fernhill().dates.invoices[0]!;
    expect(invoiceSchema.safeParse({ ...invoice, dueOn: '2026-02-01' }).success).toBe(false);
    expect(invoiceSchema.safeParse({ ...invoice, currency: 'euro' }).success).toBe(false);
    expect(invoiceSchema.safeParse({ ...invoice, amount: -1 }).success).toBe(false);
    expect(invoiceSchema.safeParse({ ...invoice, amount: Number.NaN }).success).toBe(false);
    expect(invoiceSchema.safeParse(invoice).success).toBe(true);
  });

  it('refuses a list with an id used twice', () => {
    const e = fernhill();
    const twice = [e.dates.milestones[0]!, { ...e.dates.milestones[0]!, label: 'Another' }];
    expect(issues({ ...e, dates: { ...e.dates, milestones: twice } })).toEqual(['dates.milestones']);
    expect(engagementListSchema.safeParse([e, e]).success).toBe(false);
    expect(engagementListSchema.safeParse([e, { ...e, id: 'e-other' }]).success).toBe(true);
  });
});

describe('ids', () => {
  it('are repeatable from the same random source and avoid taken ids', () => {
    expect(newId('e', seededRandom(7))).toBe(newId('e', seededRandom(7)));
    expect(newId('e', seededRandom(7))).toMatch(/^e-[a-z2-9]{10}$/);
    const first = newId('e', seededRandom(7));
    expect(newId('e', seededRandom(7), new Set([first]))).not.toBe(first);
  });

  it('survive a random source that returns its edges', () => {
    expect(newId('e', () => 0)).toBe('e-aaaaaaaaaa');
    expect(newId('e', () => 0.9999999999)).toBe('e-9999999999');
    const values = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5];
    let n = 0;
    // The first draw collides with a taken id; the second does not.
    expect(newId('e', () => values[Math.min(n++, values.length - 1)]!, new Set(['e-aaaaaaaaaa']))).not.toBe(
      'e-aaaaaaaaaa',
    );
  });

  it('hashText is FNV-1a over UTF-8', () => {
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('a')).toBe(0xe40c292c);
    expect(hashText('é')).not.toBe(hashText('e'));
  });
});

describe('engagement operations', () => {
  const random = seededRandom(42);

  it('creates an engagement with trimmed names, empty dates and a fresh id', () => {
    const existing = [fernhill()];
    const e = createEngagement(
      { client: '  Redwick Cycling Club ', project: ' Club film ', notes: '  ' },
      existing,
      random,
      NOW,
    );
    expect(e).toMatchObject({ client: 'Redwick Cycling Club', project: 'Club film', createdAt: NOW, updatedAt: NOW });
    expect(e.notes).toBeUndefined();
    expect(e.dates).toEqual({ milestones: [], invoices: [], dependencies: [], decisions: [] });
    expect(e.id).not.toBe(existing[0]!.id);
    expect(engagementSchema.safeParse(e).success).toBe(true);
    expect(engagementName(e)).toBe('Redwick Cycling Club: Club film');
    expect(engagementName({ client: 'Solo', project: '' })).toBe('Solo');
  });

  it('renames, keeping the id and ignoring a blank client', () => {
    const e = fernhill({ updatedAt: 1 });
    const renamed = renameEngagement(e, { client: 'Fernhill Physiotherapy' }, NOW);
    expect(renamed).toMatchObject({ id: e.id, client: 'Fernhill Physiotherapy', project: e.project, updatedAt: NOW });
    expect(renameEngagement(e, { client: '  ' }, NOW)).toBe(e);
    expect(renameEngagement(e, { project: '' }, NOW).project).toBe('');
  });

  it('updates and clears dates, notes and the next action', () => {
    const e = fernhill({ updatedAt: 1 });
    const moved = updateDates(e, { kickoff: '2026-01-26' }, NOW);
    expect(moved.dates.kickoff).toBe('2026-01-26');
    expect(moved.dates.invoices).toBe(e.dates.invoices);
    expect(moved.updatedAt).toBe(NOW);
    const cleared = updateDates(e, { kickoff: undefined }, NOW);
    expect('kickoff' in cleared.dates).toBe(false);
    expect(engagementSchema.safeParse(cleared).success).toBe(true);
    expect(setNotes(e, '  ', NOW).notes).toBeUndefined();
    expect(setNotes(e, ' New note ', NOW).notes).toBe('New note');
    expect('nextAction' in setNextAction(e, undefined, NOW)).toBe(false);
  });

  it('adds, changes and removes dated items by id', () => {
    const e = fernhill({ updatedAt: 1 });
    const { engagement, id } = addItem(
      e,
      'invoices',
      { number: '2026-003', sentOn: '2026-03-20', dueOn: '2026-04-03' },
      random,
      NOW,
    );
    expect(id).toMatch(/^i-/);
    expect(engagement.dates.invoices).toHaveLength(3);
    const paid = updateItem(engagement, 'invoices', id, { paidOn: '2026-04-01' }, NOW);
    expect(paid.dates.invoices.find((i) => i.id === id)?.paidOn).toBe('2026-04-01');
    const unpaid = updateItem(paid, 'invoices', id, { paidOn: undefined }, NOW);
    expect('paidOn' in unpaid.dates.invoices.find((i) => i.id === id)!).toBe(false);
    expect(engagementSchema.safeParse(unpaid).success).toBe(true);
    expect(updateItem(e, 'invoices', 'i-missing', { paidOn: '2026-04-01' }, NOW)).toBe(e);
    expect(removeItem(engagement, 'invoices', id, NOW).dates.invoices).toEqual(e.dates.invoices);
    expect(removeItem(e, 'invoices', 'i-missing', NOW)).toBe(e);
  });
});
