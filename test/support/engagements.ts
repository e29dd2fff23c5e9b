/** Builders for engagement tests: a realistic engagement and a fast-check arbitrary of valid ones. */
import fc from 'fast-check';
import { emptyDates, type Engagement } from '../../src/lib/engagements/engagement';
import { addDays } from '../../src/lib/calendar/iso-date';

export const NOW = Date.UTC(2026, 2, 2, 10, 0, 0);

/** An engagement with a name and no dates yet, created (and last changed) at `createdAt`. */
export const bareEngagement = (id: string, client: string, project: string, createdAt: number): Engagement => ({
  id,
  client,
  project,
  dates: emptyDates(),
  createdAt,
  updatedAt: createdAt,
});

/** Fernhill Physio: one unpaid and one paid invoice, dates of every kind. */
export function fernhill(overrides: Partial<Engagement> = {}): Engagement {
  return {
    id: 'e-fernhill01',
    client: 'Fernhill Physio',
    project: 'Online booking site',
    notes: 'Invoices go to the outside bookkeeper, not the practice manager.',
    dates: {
      signature: '2026-01-12',
      kickoff: '2026-01-19',
      milestones: [{ id: 'm-booking', label: 'Booking flow live on staging', due: '2026-02-20' }],
      invoices: [
        { id: 'i-0002', number: '2026-002', amount: 4200, currency: 'EUR', sentOn: '2026-02-27', dueOn: '2026-03-13' },
        {
          id: 'i-0001',
          number: '2026-001',
          amount: 3000,
          currency: 'EUR',
          sentOn: '2026-01-20',
          dueOn: '2026-02-03',
          paidOn: '2026-02-05',
        },
      ],
      dependencies: [{ id: 'd-photos', what: 'New clinic photos', owner: 'Helen Marsh', dueOn: '2026-03-05' }],
      decisions: [
        {
          id: 'q-pricing',
          what: 'Approve the pricing table wording',
          decisionDate: '2026-03-10',
          approvalOwner: 'Dr Aaron Pike',
        },
      ],
    },
    nextAction: { what: 'Send the staging link to reception', owner: 'Maya Ostrander', due: '2026-03-03' },
    createdAt: NOW - 86_400_000 * 60,
    updatedAt: NOW,
    ...overrides,
  };
}

/** Text with the characters that break calendar files: separators, breaks, backslashes, emoji, accents. */
const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(',', ';', '\\', '\n', '\r\n', ':', '"', 'é', '😀', '👩‍💻', '中', ' '),
      fc.string({ minLength: 1, maxLength: 8 }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);

const date = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
const id = (prefix: string) => fc.stringMatching(/^[a-z0-9]{1,12}$/).map((s) => `${prefix}-${s}`);
const uniqueBy = <T extends { id: string }>(item: fc.Arbitrary<T>) =>
  fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 4 });

/** Valid engagements with random text and dates. */
export const engagementArbitrary: fc.Arbitrary<Engagement> = fc
  .record({
    id: id('e'),
    client: trickyText,
    project: fc.oneof(fc.constant(''), trickyText),
    signature: fc.option(date, { nil: undefined }),
    kickoff: fc.option(date, { nil: undefined }),
    milestones: uniqueBy(fc.record({ id: id('m'), label: trickyText, due: date })),
    invoices: uniqueBy(
      fc.record({
        id: id('i'),
        number: trickyText.map((t) => [...t].slice(0, 40).join('')).filter((t) => t.trim().length > 0),
        sentOn: date,
        lateBy: fc.integer({ min: 0, max: 60 }),
        paid: fc.boolean(),
        amount: fc.option(fc.integer({ min: 0, max: 10 ** 7 }), { nil: undefined }),
      }),
    ).map((list) =>
      list.map(({ lateBy, paid, amount, ...i }) => ({
        ...i,
        dueOn: addDays(i.sentOn, lateBy),
        ...(paid ? { paidOn: addDays(i.sentOn, lateBy) } : {}),
        ...(amount === undefined ? {} : { amount, currency: 'EUR' }),
      })),
    ),
    dependencies: uniqueBy(fc.record({ id: id('d'), what: trickyText, owner: trickyText, dueOn: date })),
    decisions: uniqueBy(fc.record({ id: id('q'), what: trickyText, decisionDate: date, approvalOwner: trickyText })),
    next: fc.option(fc.record({ what: trickyText, owner: trickyText, due: date }), { nil: undefined }),
    updatedAt: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  })
  .map(
    ({ id, client, project, signature, kickoff, milestones, invoices, dependencies, decisions, next, updatedAt }) => ({
      id,
      client,
      project,
      dates: {
        ...(signature ? { signature } : {}),
        ...(kickoff ? { kickoff } : {}),
        milestones,
        invoices,
        dependencies,
        decisions,
      },
      ...(next ? { nextAction: next } : {}),
      createdAt: updatedAt,
      updatedAt,
    }),
  );

/**
 * Stored values holding these engagements, as the store writes them at `now` (the first one
 * current): to seed a browser before a page loads.
 */
export async function storedEngagements(
  engagements: readonly Engagement[],
  now: number,
): Promise<Record<string, string>> {
  const { createStore, engagementsKind } = await import('./store');
  const { memoryStorage } = await import('../../src/lib/persistence/storage');
  const storage = memoryStorage();
  createStore({ storage, now: () => now })
    .open(engagementsKind, 'all')
    .update(() => ({ engagements: [...engagements], current: engagements[0]?.id ?? '' }));
  return Object.fromEntries(storage.data);
}
