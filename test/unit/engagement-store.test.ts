/** Engagements with their dates in the store: version 2, per-item merge, the v1 step, and the form's checks. */
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../src/lib/engagements/engagement';
import { addItem, removeItem, updateDates, updateItem } from '../../src/lib/engagements/edit';
import { editEngagement, type Chosen } from '../../src/lib/engagements/chosen';
import { engagementsKind } from '../../src/lib/engagements/kind';
import { healthKind } from '../../src/lib/engagements/health-kind';
import { backupReminder, backupStateOf, DAY_MS } from '../../src/lib/engagements/storage-health';
import { seededRandom } from '../../src/lib/engagements/ids';
import { blank, draftOf, fieldErrors, LIST_FORMS, NEXT_ACTION_FIELDS, valueOf } from '../../src/lib/engagements/form';
import { createStore, dataKey, EARLIER } from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import { invoiceSchema, nextActionSchema } from '../../src/schemas/engagement';
import { fernhill, NOW } from '../support/engagements';

const KEY = dataKey('engagements', 'all');
const withFernhill = (e: Engagement = fernhill()): Chosen => ({ engagements: [e], current: e.id });
/** An engagement as the store gives it back: updatedAt is the store's own stamp. */
const stable = ({ updatedAt: _u, ...e }: Engagement) => e;

describe('engagements kind, version 2', () => {
  it('stores every date and reads it back as it was', () => {
    const storage = memoryStorage();
    const slot = createStore({ storage, now: () => NOW }).open(engagementsKind, 'all');
    slot.update(() => withFernhill());
    const read = createStore({ storage, now: () => NOW + 1 })
      .open(engagementsKind, 'all')
      .read();
    const e = fernhill();
    // Lists come back in date order.
    expect(stable(read.engagements[0]!)).toEqual(
      stable({ ...e, dates: { ...e.dates, invoices: [...e.dates.invoices].reverse() } }),
    );
    const doc = JSON.parse(storage.data.get(KEY)!);
    expect(doc.version).toBe(2);
    expect(Object.keys(doc.data.invoices)).toEqual(['e-fernhill01:i-0001', 'e-fernhill01:i-0002']);
  });

  it('two tabs editing two different invoices of one engagement both keep their change', () => {
    const storage = memoryStorage();
    createStore({ storage, now: () => NOW })
      .open(engagementsKind, 'all')
      .update(() => withFernhill());
    const one = createStore({ storage, now: () => NOW + 10 }).open(engagementsKind, 'all');
    const two = createStore({ storage, now: () => NOW + 20 }).open(engagementsKind, 'all');
    // Each tab read the same copy; neither has seen the other's change when it makes its own.
    one.update((c) =>
      editEngagement(c, 'e-fernhill01', (e) => updateItem(e, 'invoices', 'i-0002', { paidOn: '2026-03-20' }, NOW + 10)),
    );
    two.update((c) =>
      editEngagement(c, 'e-fernhill01', (e) => updateItem(e, 'invoices', 'i-0001', { amount: 3100 }, NOW + 20)),
    );
    const read = createStore({ storage, now: () => NOW + 30 })
      .open(engagementsKind, 'all')
      .read().engagements[0]!;
    expect(read.dates.invoices.find((i) => i.id === 'i-0002')?.paidOn).toBe('2026-03-20');
    expect(read.dates.invoices.find((i) => i.id === 'i-0001')?.amount).toBe(3100);
    expect(read.updatedAt).toBe(NOW + 20);
  });

  it('an update that changes nothing (fields in another order) writes nothing; removing an item moves updatedAt', () => {
    const storage = memoryStorage();
    createStore({ storage, now: () => NOW })
      .open(engagementsKind, 'all')
      .update(() => withFernhill());
    const text = storage.data.get(KEY);
    const slot = createStore({ storage, now: () => NOW + 5 }).open(engagementsKind, 'all');
    slot.update((c) => ({
      ...c,
      engagements: c.engagements.map((e) => ({
        ...e,
        dates: {
          ...e.dates,
          invoices: e.dates.invoices.map((i) => Object.fromEntries(Object.entries(i).reverse()) as typeof i),
        },
      })),
    }));
    expect(storage.data.get(KEY)).toBe(text);
    slot.update((c) => editEngagement(c, 'e-fernhill01', (e) => removeItem(e, 'milestones', 'm-booking', NOW + 5)));
    const read = slot.read().engagements[0]!;
    expect(read.dates.milestones).toEqual([]);
    expect(read.updatedAt).toBe(NOW + 5);
  });

  it('adds and clears the single dates and the next action', () => {
    const storage = memoryStorage();
    const slot = createStore({ storage, now: () => NOW }).open(engagementsKind, 'all');
    slot.update(() => withFernhill());
    slot.update((c) =>
      editEngagement(c, 'e-fernhill01', (e) => ({
        ...updateDates(e, { kickoff: undefined }, NOW),
        nextAction: undefined,
      })),
    );
    const read = createStore({ storage, now: () => NOW })
      .open(engagementsKind, 'all')
      .read().engagements[0]!;
    expect(read.dates.kickoff).toBeUndefined();
    expect(read.dates.signature).toBe('2026-01-12');
    expect(read.nextAction).toBeUndefined();
    const { engagement } = addItem(
      read,
      'decisions',
      { what: 'Pick a font', approvalOwner: 'Ana', decisionDate: '2026-04-01' },
      seededRandom(4),
      NOW + 1,
    );
    slot.update((c) => editEngagement(c, 'e-fernhill01', () => engagement));
    expect(slot.read().engagements[0]!.dates.decisions.map((q) => q.what)).toEqual([
      'Approve the pricing table wording',
      'Pick a font',
    ]);
  });

  it('moves a version 1 value up with nothing lost and keeps the version 1 text', () => {
    const v1 = JSON.stringify({
      version: 1,
      savedAt: 5,
      data: {
        engagements: { 'e-a': [5, { client: 'Acme', project: 'Site', createdAt: 4 }], 'e-b': [3, null] },
        current: { '': [5, 'e-a'] },
      },
    });
    const storage = memoryStorage({ [KEY]: v1 });
    const slot = createStore({ storage, now: () => 9 }).open(engagementsKind, 'all');
    expect(slot.status().upgraded).toEqual({ from: 1, key: `${EARLIER}v1:engagements:all`, raw: v1 });
    expect(slot.read()).toEqual({
      engagements: [
        {
          id: 'e-a',
          client: 'Acme',
          project: 'Site',
          dates: { milestones: [], invoices: [], dependencies: [], decisions: [] },
          createdAt: 4,
          updatedAt: 5,
        },
      ],
      current: 'e-a',
    });
    const stored = JSON.parse(storage.data.get(KEY)!);
    expect(stored.version).toBe(2);
    // The deletion mark survives too, so a tab still holding e-b does not bring it back.
    expect(stored.data.engagements['e-b']).toEqual([3, null]);
  });

  it('a page running version 1 code leaves a version 2 value alone', () => {
    const storage = memoryStorage();
    createStore({ storage, now: () => NOW })
      .open(engagementsKind, 'all')
      .update(() => withFernhill());
    const text = storage.data.get(KEY);
    const oldKind = { ...engagementsKind, version: 1, migrations: {} };
    const old = createStore({ storage, now: () => NOW + 1, kinds: [oldKind] }).open(oldKind, 'all');
    expect(old.status().kept?.reason).toBe('newer-version');
    expect(old.update((c) => ({ ...c, current: '' })).failure).toBe('locked');
    expect(storage.data.get(KEY)).toBe(text);
  });

  it('refuses a stored invoice outside the schema ranges: set aside, not shown, not overwritten', () => {
    const bad = JSON.stringify({
      version: 2,
      savedAt: 1,
      data: {
        engagements: { 'e-a': [1, { client: 'A', project: '', createdAt: 1 }] },
        invoices: { 'e-a:i-1': [1, { id: 'i-1', number: '7', sentOn: '2026-03-10', dueOn: '2026-03-01' }] },
      },
    });
    const storage = memoryStorage({ [KEY]: bad });
    const slot = createStore({ storage, now: () => 2 }).open(engagementsKind, 'all');
    expect(slot.status().kept).toMatchObject({ reason: 'wrong-shape', raw: bad });
    expect(slot.read().engagements).toEqual([]);
    expect([...storage.data.values()]).toContain(bad);
  });
});

describe('the health record', () => {
  it('keeps the backup time apart from the data it backs up', () => {
    const storage = memoryStorage();
    const store = createStore({ storage, now: () => NOW });
    store.open(engagementsKind, 'all').update(() => withFernhill());
    const health = store.open(healthKind, 'all');
    health.update(() => ({ backupAt: NOW + 100, persistAskedAt: NOW + 50 }));
    expect(
      createStore({ storage, now: () => NOW })
        .open(healthKind, 'all')
        .read(),
    ).toEqual({ backupAt: NOW + 100, persistAskedAt: NOW + 50 });
    // Item times are the store's clock (NOW here); the health items are two of them.
    expect(store.changeTimes().length - store.changeTimes(['health']).length).toBe(2);
  });

  it('a change older than a week and newer than the last backup brings the reminder; a backup after it does not', () => {
    const storage = memoryStorage();
    const store = createStore({ storage, now: () => NOW });
    store.open(engagementsKind, 'all').update(() => withFernhill());
    const later = NOW + 8 * DAY_MS;
    expect(backupReminder(backupStateOf(store.changeTimes(['health'])), later)).toEqual({
      remind: true,
      unsavedDays: 8,
    });
    expect(backupReminder(backupStateOf(store.changeTimes(['health']), NOW - 1), later)).toMatchObject({
      remind: true,
      daysSinceBackup: 8,
    });
    expect(backupReminder(backupStateOf(store.changeTimes(['health']), NOW), later)).toEqual({
      remind: false,
      unsavedDays: 0,
      daysSinceBackup: 8,
    });
  });

  it('leaves out values of a generation that was cleared', () => {
    const storage = memoryStorage();
    const store = createStore({ storage, now: () => NOW });
    store.open(engagementsKind, 'all').update(() => withFernhill());
    expect(store.changeTimes().length).toBeGreaterThan(0);
    store.clearAll();
    expect(store.changeTimes()).toEqual([]);
  });
});

describe('the engagement page forms', () => {
  const invoiceForm = LIST_FORMS.invoices.fields;
  it('turns typed text into a value: trimmed, empty optional fields left out, amounts as numbers, currency in capitals', () => {
    const draft = {
      ...draftOf(undefined, invoiceForm),
      number: ' 2026-003 ',
      amount: '1200.50',
      currency: 'eur',
      sentOn: '2026-03-01',
      dueOn: '2026-03-15',
    };
    expect(valueOf(draft, invoiceForm)).toEqual({
      number: '2026-003',
      amount: 1200.5,
      currency: 'EUR',
      sentOn: '2026-03-01',
      dueOn: '2026-03-15',
    });
    expect(invoiceSchema.safeParse({ id: 'i-1', ...valueOf(draft, invoiceForm) }).success).toBe(true);
    expect(draftOf(fernhill().dates.invoices[1], invoiceForm)).toMatchObject({ amount: '3000', paidOn: '2026-02-05' });
    expect(blank(draftOf(undefined, invoiceForm))).toBe(true);
  });

  it('puts each schema message next to its field', () => {
    const draft = {
      number: '',
      amount: '1,200',
      currency: 'euro',
      sentOn: '2026-03-15',
      dueOn: '2026-02-30',
      paidOn: '',
    };
    const r = invoiceSchema.safeParse({ id: 'i-1', ...valueOf(draft, invoiceForm) });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!.issues)).toEqual({
      number: 'Fill this in.',
      amount: 'An amount is a number, such as 1200 or 1200.50.',
      currency: 'A currency is a three-letter ISO 4217 code such as EUR.',
      dueOn: 'Enter a real date between 2000 and 2099, written YYYY-MM-DD.',
    });
    // The order of the dates is checked even while another field is refused, so both show at once.
    const order = invoiceSchema.safeParse({
      id: 'i-1',
      ...valueOf({ ...draft, number: '1', dueOn: '2026-03-01' }, invoiceForm),
    });
    expect(fieldErrors(order.error!.issues)).toEqual({
      amount: 'An amount is a number, such as 1200 or 1200.50.',
      currency: 'A currency is a three-letter ISO 4217 code such as EUR.',
      dueOn: 'An invoice cannot fall due before it is sent.',
    });
    const next = nextActionSchema.safeParse(
      valueOf({ what: 'x'.repeat(201), owner: ' ', due: '' }, NEXT_ACTION_FIELDS),
    );
    expect(fieldErrors(next.error!.issues)).toEqual({
      what: 'At most 200 characters.',
      owner: 'Fill this in.',
      due: 'Fill this in.',
    });
  });

  it('reads issues under a prefix', () => {
    expect(
      fieldErrors(
        [
          { path: ['dates', 'kickoff'], message: 'bad' },
          { path: ['client'], message: 'no' },
        ],
        ['dates'],
      ),
    ).toEqual({ kickoff: 'bad' });
  });
});
