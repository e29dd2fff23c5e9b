import { describe, expect, it } from 'vitest';
import { createStore, checklistKind, engagementsKind, handoffRecordKind, worksheetKind } from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import { packetFill, packetTick, subjectOf } from '../../src/print/packet';
import { createEngagement } from '../../src/lib/engagements/engagement';
import { seededRandom } from '../../src/lib/engagements/ids';
import { E, OTHER, packetFixture } from '../support/packet-fixture';

function storeWith(values: Record<string, string>) {
  const storage = memoryStorage();
  for (const [k, v] of Object.entries(values)) storage.setItem(k, v);
  return createStore({ storage, now: () => Date.UTC(2026, 10, 25) });
}

describe('the print packet fill', () => {
  const read = (values: Record<string, string>, fromLink?: string) => {
    const store = storeWith(values);
    return packetFill({
      chosen: store.open(engagementsKind, 'all').read(),
      fromLink,
      checklist: store.open(checklistKind, 'handoff-onboarding-to-delivery').read(),
      dependencies: store.open(worksheetKind(), 'client-input-dependency').read(),
      records: store.open(handoffRecordKind, 'handoff-record').read().records,
      boundary: { from: 'onboarding', to: 'delivery' },
      form: { nameField: 'name', fromField: 'from', toField: 'to' },
      today: '2026-11-25',
    });
  };

  it('fills from the engagement a link names: ticks, notes, the record for this boundary, open client inputs', () => {
    expect(read(packetFixture, E)).toEqual({
      id: E,
      choices: [
        { id: E, name: 'Harbour & Pine: Brand refresh' },
        { id: OTHER, name: 'Other Client' },
      ],
      messages: [],
      engagement: 'Harbour & Pine: Brand refresh',
      ticks: { 'access-tested': true, 'file-home-agreed': true },
      notes: { 'access-tested': 'CMS login tested on 18 Nov by Dana.' },
      record: { name: 'Kickoff handoff', values: expect.objectContaining({ owner: 'Dana Whitlock' }) },
      dependencies: [{ item: 'Final logo files in vector format', 'client-owner': 'Priya Okafor' }],
    });
  });

  it('falls back to the current engagement, blank where it has nothing; stays blank with no engagement stored', () => {
    expect(read(packetFixture)).toMatchObject({
      id: OTHER,
      engagement: 'Other Client',
      ticks: {},
      notes: {},
      record: undefined,
      dependencies: undefined,
    });
    expect(read(packetFixture, 'e-gone')?.engagement).toBe('Other Client');
    expect(read({})).toBeUndefined();
  });

  it('fills a message from the engagement: the unpaid invoice, client and project; the rest stay placeholders', () => {
    const e = { ...createEngagement({ client: 'Harbour & Pine', project: 'Brand refresh' }, [], seededRandom(3), 1) };
    e.dates = {
      ...e.dates,
      invoices: [
        {
          id: 'i1',
          number: 'INV-001',
          amount: 900,
          currency: 'EUR',
          sentOn: '2026-10-01',
          dueOn: '2026-10-15',
          paidOn: '2026-10-10',
        },
        { id: 'i2', number: 'INV-002', amount: 2400, currency: 'EUR', sentOn: '2026-11-20', dueOn: '2026-12-04' },
      ],
    };
    expect(subjectOf(e)).toEqual({ invoiceId: 'i2' });
    const fill = packetFill({
      chosen: { engagements: [e], current: e.id },
      checklist: { active: '', runs: [] },
      dependencies: { active: '', runs: [] },
      records: {},
      boundary: { from: 'delivery', to: 'invoicing' },
      form: { nameField: 'name', fromField: 'from', toField: 'to' },
      messages: [
        {
          subject: 'Invoice {invoiceNumber} for {projectName}',
          body: 'Hi {clientName}, due {dueDate}: {milestoneName}',
        },
      ],
      today: '2026-11-25',
    });
    expect(fill?.messages).toEqual([
      { subject: 'Invoice INV-002 for Brand refresh', body: 'Hi Harbour & Pine, due 2026-12-04: {milestoneName}' },
    ]);
  });

  it('a tick on the packet goes to the engagement’s checklist run and leaves the open run alone', () => {
    const store = storeWith(packetFixture);
    const slot = store.open(checklistKind, 'handoff-onboarding-to-delivery');
    slot.update((rs) => packetTick(rs, { id: OTHER, name: 'Other Client' }, 'access-tested', true, 5));
    slot.update((rs) =>
      packetTick(rs, { id: E, name: 'Harbour & Pine: Brand refresh' }, 'update-cadence-set', true, 6),
    );
    const after = slot.read();
    expect(after.active).toBe(E);
    expect(after.runs.find((r) => r.id === OTHER)?.ticks).toEqual({ 'access-tested': true });
    expect(after.runs.find((r) => r.id === E)?.ticks).toEqual({
      'access-tested': true,
      'file-home-agreed': true,
      'update-cadence-set': true,
    });
    // On a checklist with no run yet, the engagement's run is the one open.
    expect(packetTick({ active: '', runs: [] }, { id: E, name: 'H' }, 'x', true, 1).active).toBe(E);
  });
});

describe('reading a shared state and keeping it', async () => {
  const { readSharedState, checklistShare, worksheetShare, envelopeOf } = await import('../../src/tools/share-state');
  const k = await import('../../src/share/keep');
  const { createEngagement, engagementName } = await import('../../src/lib/engagements/engagement');
  const { seededRandom } = await import('../../src/lib/engagements/ids');
  const { loadChecklists, loadRecordForms, loadWorksheets } = await import('../support/content-files');
  const checklist = loadChecklists().find((c) => c.id === 'client-onboarding')!.data;
  const sheet = loadWorksheets().find((w) => w.id === 'client-input-dependency')!.data;
  const form = loadRecordForms()[0]!.data;
  const tools = {
    create: (i: { client: string; project?: string }, ex: readonly never[], now: number) =>
      createEngagement(i, ex, seededRandom(7), now),
    name: engagementName,
  };
  const first = checklist.groups[0]!.items[0]!.id;

  it('keeps only what the tool has today and refuses shapes it does not have', () => {
    const tool = { kind: 'checklist' as const, id: 'client-onboarding', checklist };
    const env = (state: unknown) => envelopeOf('checklist', 'client-onboarding', 'Acme', state as never, 0);
    expect(
      readSharedState(
        env({
          ticks: { [first]: true, gone: true },
          notes: { [first]: 'ok', gone: 'x', [checklist.groups[0]!.items[1]!.id]: '  ' },
        }),
        tool,
      ),
    ).toEqual({
      kind: 'checklist',
      state: { ticks: { [first]: true }, notes: { [first]: 'ok' } },
    });
    for (const bad of [
      null,
      [],
      { ticks: { [first]: 'yes' }, notes: {} },
      { ticks: {}, notes: { [first]: 3 } },
      { ticks: {}, notes: {}, extra: 1 },
    ])
      expect(readSharedState(env(bad), tool)).toBeUndefined();
    expect(readSharedState({ ...env({ ticks: {}, notes: {} }), toolId: 'other' }, tool)).toBeUndefined();
    expect(
      readSharedState(
        envelopeOf('worksheet', 'client-input-dependency', 'Acme', { rows: [{ item: 'Logo', nope: 'x' }, {}] }, 0),
        { kind: 'worksheet', id: 'client-input-dependency', worksheet: sheet },
      ),
    ).toEqual({
      kind: 'worksheet',
      state: { rows: [{ item: 'Logo' }] },
    });
    expect(checklistShare({ ticks: { a: true, b: false }, notes: { a: '', b: 'n' } })).toEqual({
      ticks: { a: true },
      notes: { b: 'n' },
    });
    expect(worksheetShare({ rows: [{ '#row': 'x0', item: 'A' }, { '#row': 'x1' }] })).toEqual({
      rows: [{ item: 'A' }],
    });
  });

  it('shares the diagnostic as its ticked signals, keeps only signals it has, and adds kept ticks to the engagement', async () => {
    const { diagnosticShare } = await import('../../src/tools/share-state');
    const { loadDiagnostics } = await import('../support/content-files');
    const diagnostic = loadDiagnostics()[0]!.data;
    const tool = { kind: 'diagnostic' as const, id: 'workflow-diagnostic', diagnostic };
    const [a, b] = diagnostic.categories[0]!.signals.map((x) => x.id);
    expect(diagnosticShare([b!, a!])).toEqual({ ticked: [a, b].sort() });
    const env = (state: unknown) => envelopeOf('diagnostic', 'workflow-diagnostic', 'Acme', state as never, 0);
    expect(readSharedState(env({ ticked: [a, 'gone', a] }), tool)).toEqual({
      kind: 'diagnostic',
      state: { ticked: [a] },
    });
    for (const bad of [{ ticked: 'x' }, { ticked: [1] }, { ticked: [], more: 1 }, []])
      expect(readSharedState(env(bad), tool)).toBeUndefined();
    expect(k.keepDiagnostic({ ticked: ['e1:x', 'e2:y'] }, 'e1', { ticked: [a!, 'x'] })).toEqual({
      ticked: expect.arrayContaining(['e1:x', `e1:${a}`, 'e2:y']),
    });
    expect(k.keepDiagnostic({ ticked: ['e1:x'] }, 'e1', { ticked: ['x'] }).ticked).toEqual(['e1:x']);
  });

  it('joins the engagement of the same name, or makes a new one, and never replaces text already there', () => {
    const mine = createEngagement({ client: 'Café Nord', project: 'Website' }, [], seededRandom(1), 1);
    const chosen = { engagements: [mine], current: '' };
    expect(k.sameNamed(chosen, '  café   nord: WEBSITE ', tools)?.id).toBe(mine.id);
    expect(k.copyName('Café Nord: Website', chosen, tools)).toBe('Café Nord: Website (shared copy)');
    const into = k.withTarget(chosen, { into: mine.id }, tools, 2);
    expect(into).toEqual({ chosen: { engagements: [mine], current: mine.id }, id: mine.id });
    const apart = k.withTarget(chosen, { name: 'Café Nord: Website (shared copy)' }, tools, 2);
    expect(apart.chosen.engagements.map((e) => engagementName(e))).toEqual([
      'Café Nord: Website',
      'Café Nord: Website (shared copy)',
    ]);

    const ref = { id: mine.id, name: 'Café Nord: Website' };
    const runSet = {
      active: mine.id,
      runs: [{ id: mine.id, name: ref.name, updatedAt: 1, ticks: { a: true }, notes: { a: 'mine' } }],
    };
    const kept = k.keepChecklist(runSet, ref, { ticks: { b: true }, notes: { a: 'theirs', b: 'new' } }, 5).runs[0]!;
    expect(kept.ticks).toEqual({ a: true, b: true });
    expect(kept.notes).toEqual({ a: 'mine\n\ntheirs', b: 'new' });

    const sheetBook = {
      active: mine.id,
      runs: [{ id: mine.id, name: ref.name, updatedAt: 1, rows: [{ '#row': 'r1', item: 'Logo' }] }],
    };
    expect(k.keepWorksheet(sheetBook, ref, { rows: [{ item: 'Logo' }, { item: 'Photos' }] }, 5).runs[0]!.rows).toEqual([
      { '#row': 'r1', item: 'Logo' },
      { item: 'Photos' },
    ]);
    expect(k.keepWorksheet({ active: '', runs: [] }, ref, { rows: [{ item: 'Photos' }] }, 5).runs[0]!.rows).toEqual([
      { item: 'Photos' },
    ]);

    const records = { [`${mine.id}:Kickoff`]: { name: 'Kickoff', owner: 'Dana' } };
    const same = k.keepRecord(records, mine.id, form.nameField, { name: 'Kickoff', owner: 'Dana' });
    expect(same.name).toBe('Kickoff');
    const other = k.keepRecord(records, mine.id, form.nameField, { name: 'Kickoff', owner: 'Priya' });
    expect(other.name).toBe('Kickoff (shared copy)');
    expect(other.records[`${mine.id}:Kickoff`]).toEqual({ name: 'Kickoff', owner: 'Dana' });
    expect(other.records[`${mine.id}:Kickoff (shared copy)`]).toEqual({
      name: 'Kickoff (shared copy)',
      owner: 'Priya',
    });
  });
});
