/** The one storage entry point: saving with read-back, faults, migration, export/import, and two tabs racing. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checklistKind,
  createStore,
  dataKey,
  EARLIER,
  GENERATION_KEY,
  quizKind,
  handoffRecordKind,
  diagnosticKind,
  worksheetKind,
  type Store,
} from '../support/store';
import { memoryStorage, type StorageLike } from '../../src/lib/persistence/storage';
import { setTick } from '../../src/tools/checklist/checklist';
import { activeRun } from '../../src/lib/runs/run-set';
import { DEFAULT_ENGAGEMENT_ID, engagementIdForName } from '../../src/lib/engagements/named';
import { toggleTick } from '../../src/tools/diagnostic/saved';
import { LATEST_TIME } from '../../src/schemas/stored';
import { throwingStorage } from '../support/storages';

/** Real version 1 values, as the site stored them before items carried times. */
const v1: Record<string, string> = JSON.parse(
  readFileSync(new URL('../fixtures/storage-v1.json', import.meta.url), 'utf8'),
);
const triageKey = dataKey('triage', 't');

const quota = (storage: ReturnType<typeof memoryStorage>, bytes: number) => {
  const set = storage.setItem;
  storage.setItem = (k, v) => {
    const used = [...storage.data].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
    if (used + k.length + v.length > bytes) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    set(k, v);
  };
  return storage;
};

describe('a slot', () => {
  it('says saved, with when, only after the write is read back', () => {
    const storage = memoryStorage();
    const slot = createStore({ storage, now: () => 1000 }).open(diagnosticKind, 't');
    expect(slot.status()).toEqual({});
    expect(slot.update((s) => ({ ticked: toggleTick(s.ticked, 'a', true) }))).toEqual({ savedAt: 1000 });
    expect(
      createStore({ storage, now: () => 2000 })
        .open(diagnosticKind, 't')
        .read(),
    ).toEqual({ ticked: ['a'] });
  });

  it.each([
    ['storage refused', null, 'unavailable'],
    ['a full storage', quota(memoryStorage(), 10), 'full'],
    ['every call throwing', throwingStorage(), 'unavailable'],
    ['a write that does not stick', { ...memoryStorage(), setItem: () => {} }, 'unverified'],
  ] as [string, StorageLike | null, string][])(
    'with %s, keeps changes in the page and never says saved',
    (_, storage, failure) => {
      const slot = createStore({ storage, now: () => 5 }).open(diagnosticKind, 't');
      const status = slot.update((s) => ({ ticked: toggleTick(s.ticked, 'a', true) }));
      expect(status.failure).toBe(failure);
      expect(status.savedAt).toBeUndefined();
      expect(slot.read()).toEqual({ ticked: ['a'] });
    },
  );

  it('saves what failed earlier once storage has room again', () => {
    const storage = memoryStorage();
    const set = storage.setItem;
    let full = true;
    storage.setItem = (k, v) =>
      full
        ? (() => {
            throw Object.assign(new Error(), { name: 'QuotaExceededError' });
          })()
        : set(k, v);
    const slot = createStore({ storage, now: () => 5 }).open(diagnosticKind, 't');
    expect(slot.update(() => ({ ticked: ['a'] })).failure).toBe('full');
    full = false;
    expect(slot.update((s) => ({ ticked: [...s.ticked, 'b'] })).failure).toBeUndefined();
    expect(
      createStore({ storage, now: () => 6 })
        .open(diagnosticKind, 't')
        .read(),
    ).toEqual({ ticked: ['a', 'b'] });
  });
});

describe('version 1 values', () => {
  it('migrate for every kind, keeping every tick, note, row, result and record', () => {
    const store = createStore({ storage: memoryStorage(v1), now: () => 1 });
    const runSet = store.open(checklistKind, 'client-onboarding').read();
    // Each named record is now its engagement's run, under the engagement's id (the same id on every tool).
    expect(runSet.active).toBe(engagementIdForName('Acme rebrand'));
    expect(runSet.runs.map((r) => [r.id, r.name, r.ticks, r.notes, r.updatedAt])).toEqual([
      [
        DEFAULT_ENGAGEMENT_ID,
        'My engagement',
        { 'scope-signed': true },
        { 'scope-signed': 'Signed on Monday' },
        1763800000000,
      ],
      [engagementIdForName('Acme rebrand'), 'Acme rebrand', { 'access-granted': true }, {}, 1763900000000],
    ]);
    const sheet = store.open(worksheetKind(), 'client-input-dependency').read();
    expect(activeRun(sheet).rows.map(({ '#row': _, ...cells }) => cells)).toEqual([
      { input: 'Brand guide', owner: 'Client' },
      { input: 'Logins' },
    ]);
    expect(
      store
        .open(quizKind, 'weak-handoff-quiz')
        .read()
        .results.map((r) => r.at),
    ).toEqual([1763800000000, 1763900000000]);
    // Unnamed data belongs to the default engagement; a handoff record to the engagement of its name.
    expect(
      store
        .open(quizKind, 'weak-handoff-quiz')
        .read()
        .results.map((r) => r.engagement),
    ).toEqual([DEFAULT_ENGAGEMENT_ID, DEFAULT_ENGAGEMENT_ID]);
    expect(store.open(diagnosticKind, 'workflow-diagnostic').read()).toEqual({
      ticked: [`${DEFAULT_ENGAGEMENT_ID}:late-invoices`, `${DEFAULT_ENGAGEMENT_ID}:scope-creep`],
    });
    expect(store.open(handoffRecordKind, 'handoff-record').read().records).toEqual({
      [`${engagementIdForName('Acme rebrand')}:Acme rebrand`]: {
        name: 'Acme rebrand',
        owner: 'Sam',
        links: 'https://example.com/brief',
      },
    });
  });

  it('are rewritten at the current version on opening, under the same key, the old text kept', () => {
    const storage = memoryStorage(v1);
    const slot = createStore({ storage, now: () => 1763990000000 }).open(diagnosticKind, 'workflow-diagnostic');
    slot.update((s) => ({ ticked: toggleTick(s.ticked, `${DEFAULT_ENGAGEMENT_ID}:new`, true) }));
    expect(JSON.parse(storage.data.get(dataKey('triage', 'workflow-diagnostic'))!).version).toBe(
      diagnosticKind.version,
    );
    expect(slot.status().upgraded).toEqual({
      from: 1,
      key: `${EARLIER}v1:triage:workflow-diagnostic`,
      raw: v1[dataKey('triage', 'workflow-diagnostic')],
    });
    expect(storage.data.get(`${EARLIER}v1:triage:workflow-diagnostic`)).toBe(
      v1[dataKey('triage', 'workflow-diagnostic')],
    );
    expect(slot.read().ticked).toEqual(
      ['late-invoices', 'new', 'scope-creep'].map((t) => `${DEFAULT_ENGAGEMENT_ID}:${t}`),
    );
  });

  it.each([
    ['a date past the Date range', 8.64e15 + 1],
    ['a date centuries ahead', LATEST_TIME + 1],
    ['a fractional date', 1.5],
  ])('with %s are set aside, the reader told, and the tool starts clean', (_, at) => {
    const raw = JSON.stringify({
      version: 1,
      savedAt: 1,
      data: { active: 'r1', records: [{ id: 'r1', name: 'x', updatedAt: at, ticks: {}, notes: {} }] },
    });
    const storage = memoryStorage({ [dataKey('checklist', 'c')]: raw });
    const slot = createStore({ storage, now: () => 5 }).open(checklistKind, 'c');
    // It passed the envelope check but not the step up from version 1: the migration failed, and says so.
    expect(slot.status().kept).toMatchObject({ reason: 'migration-failed', raw });
    expect(slot.read().runs).toEqual([]);
    expect([...storage.data.values()]).toContain(raw);
  });
});

describe('a newer version’s value', () => {
  it('is never overwritten, and changes say why they are not saved', () => {
    const raw = JSON.stringify({ version: 9, savedAt: 1, data: { anything: true } });
    const storage = memoryStorage({ [triageKey]: raw });
    const slot = createStore({ storage, now: () => 5 }).open(diagnosticKind, 't');
    expect(slot.status().kept?.reason).toBe('newer-version');
    expect(slot.update(() => ({ ticked: ['a'] })).failure).toBe('locked');
    expect(storage.data.get(triageKey)).toBe(raw);
  });
});

describe('export and import', () => {
  const everything = () => {
    const storage = memoryStorage({
      ...v1,
      [dataKey('quiz', 'newer')]: JSON.stringify({ version: 7, savedAt: 1, data: { future: 1 } }),
      [dataKey('checklist', 'broken')]: '{"version":1, broken',
      'another-site:prefs': 'keep me',
    });
    const store = createStore({ storage, now: () => 1763990000000 });
    store.open(diagnosticKind, 'workflow-diagnostic').update((s) => ({ ticked: toggleTick(s.ticked, 'fresh', true) }));
    return { storage, store };
  };
  const ours = (s: ReturnType<typeof memoryStorage>) =>
    Object.fromEntries([...s.data].filter(([k]) => k.startsWith('handoff-handbook:') && k !== GENERATION_KEY).sort());

  it('export → clear → import (Replace) restores every key byte for byte, set-aside and newer values included', () => {
    const { storage, store } = everything();
    const file = store.exportText();
    const before = ours(storage);
    expect(Object.keys(before).some((k) => k.includes(':quarantine:checklist:broken:'))).toBe(true);
    expect(store.clearAll()).toEqual({ ok: true });
    expect(ours(storage)).toEqual({});
    expect(storage.data.get('another-site:prefs')).toBe('keep me');
    const preview = store.previewImport(file);
    expect(preview.ok).toBe(true);
    expect(store.applyImport(preview.ok ? preview.plan : (undefined as never), 'replace')).toEqual({ ok: true });
    expect(ours(storage)).toEqual(before);
    // …and what was imported reads as current data, not as a wiped generation.
    expect(store.open(diagnosticKind, 'workflow-diagnostic').read().ticked).toContain('fresh');
  });

  it('the site accepts its own export whatever it holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'triage:a',
            'checklist:b',
            'quiz:c',
            'worksheet:d',
            'handoff-records:e',
            'quarantine:x',
            'future-kind:f',
          ),
          fc.string(),
        ),
        (raw) => {
          const storage = memoryStorage(
            Object.fromEntries(Object.entries(raw).map(([k, v]) => [`handoff-handbook:v1:${k}`, v])),
          );
          const store = createStore({ storage, now: () => 5 });
          expect(store.previewImport(store.exportText()).ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a failed import (storage full midway) leaves storage exactly as it was and says so', () => {
    const { storage, store } = everything();
    const file = store.exportText();
    const big = file.replace('Brand guide', 'x'.repeat(4000));
    const limited = quota(storage, [...storage.data].reduce((n, [k, v]) => n + k.length + v.length, 0) + 2000);
    const before = new Map(limited.data);
    const preview = store.previewImport(big);
    if (!preview.ok) throw new Error(preview.problem);
    for (const mode of ['replace', 'merge'] as const) {
      expect(store.applyImport(preview.plan, mode)).toEqual({ ok: false, failure: 'full' });
      expect(new Map(limited.data)).toEqual(before);
    }
  });

  it('refuses files that are not its exports, and values it cannot read', () => {
    const store = createStore({ storage: memoryStorage(), now: () => 5 });
    expect(store.previewImport('nope')).toEqual({ ok: false, problem: 'The file is not JSON.' });
    expect(store.previewImport('{"app":"other"}').ok).toBe(false);
    expect(
      store.previewImport(JSON.stringify({ app: 'handoff-handbook', format: 2, keys: { 'other:key': '1' } })).ok,
    ).toBe(false);
    expect(
      store.previewImport(
        JSON.stringify({
          app: 'handoff-handbook',
          format: 2,
          keys: { [triageKey]: '{"version":2,"savedAt":1,"data":{"ticks":{"a":[1e20,true]}}}' },
        }),
      ).ok,
    ).toBe(false);
  });

  it('after an import or a clear, every open slot on the page shows the new data', () => {
    const { store } = everything();
    const slot = store.open(diagnosticKind, 'workflow-diagnostic');
    let told = 0;
    slot.subscribe(() => told++);
    store.clearAll();
    expect(slot.read().ticked).toEqual([]);
    expect(told).toBe(1);
  });
});

/**
 * Two tabs as Chromium runs them: each tab reads and writes its own copy of storage at once, and
 * the other tab's copy (with a `storage` event) receives each write later, in order. The scheduler
 * interleaves ticks, clears, imports and deliveries at random. No acknowledged change may be lost:
 * once every write has arrived, both tabs (and a tab opened afresh) show, for each item, the latest
 * acknowledged change made in the generation that won — or the imported value, if none.
 */
describe('property: two tabs never lose an acknowledged change', () => {
  type Op =
    | { op: 'tick'; tab: 0 | 1; item: string; on: boolean }
    | { op: 'deliver'; tab: 0 | 1 }
    | { op: 'clear'; tab: 0 | 1 }
    | { op: 'import'; tab: 0 | 1; ticked: string[] };
  const tab = fc.constantFrom(0 as const, 1 as const);
  const item = fc.constantFrom('a', 'b', 'c', 'd');
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ op: fc.constant('tick' as const), tab, item, on: fc.boolean() }) },
    { weight: 5, arbitrary: fc.record({ op: fc.constant('deliver' as const), tab }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('clear' as const), tab }) },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('import' as const), tab, ticked: fc.uniqueArray(item, { maxLength: 4 }) }),
    },
  );

  it('holds for 300 random interleavings', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), fc.integer(), (ops, seed) => {
        let clock = 1_700_000_000_000;
        let r = seed;
        const random = () => (r = (r * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
        const backing = memoryStorage();
        const inbox: [string, string | null][][] = [[], []];
        const stores: Store[] = [];
        const caches = [0, 1].map((me) => {
          const cache = memoryStorage();
          const send = (key: string, value: string | null) => {
            inbox[1 - me]!.push([key, value]);
            if (value === null) backing.data.delete(key);
            else backing.data.set(key, value);
          };
          return {
            cache,
            tab: {
              get length() {
                return cache.length;
              },
              key: cache.key,
              getItem: cache.getItem,
              setItem: (k: string, v: string) => (cache.setItem(k, v), send(k, v)),
              removeItem: (k: string) => (cache.removeItem(k), send(k, null)),
            } satisfies StorageLike,
          };
        });
        for (const c of caches) stores.push(createStore({ storage: c.tab, now: () => clock, random }));
        const slots = stores.map((s) => s.open(diagnosticKind, 't'));
        const epochIn = (s: StorageLike) =>
          (JSON.parse(s.getItem(GENERATION_KEY) ?? '{"epoch":0}') as { epoch: number }).epoch;
        const deliver = (me: 0 | 1) => {
          const message = inbox[me]!.shift();
          if (!message) return;
          const [key, value] = message;
          if (value === null) caches[me]!.cache.removeItem(key);
          else caches[me]!.cache.setItem(key, value);
          stores[me]!.handleStorageEvent(key);
        };
        // Acknowledged changes: item → [epoch the tab was in, value], latest last; and generations' starting values.
        const acked: { epoch: number; item: string; on: boolean }[] = [];
        const starts = new Map<number, string[]>();
        for (const o of ops) {
          clock += 1 + Math.floor(random() * 3);
          if (o.op === 'deliver') deliver(o.tab);
          if (o.op === 'tick') {
            // A tick on a box the tab already shows that way changes nothing, so it is no change to keep.
            const shown = slots[o.tab]!.read().ticked.includes(o.item);
            const status = slots[o.tab]!.update((s) => ({ ticked: toggleTick(s.ticked, o.item, o.on) }));
            if (status.failure === undefined && shown !== o.on)
              acked.push({ epoch: epochIn(caches[o.tab]!.tab), item: o.item, on: o.on });
          }
          if (o.op === 'clear' && stores[o.tab]!.clearAll().ok) starts.set(epochIn(caches[o.tab]!.tab), []);
          if (o.op === 'import') {
            const source = createStore({ storage: memoryStorage(), now: () => clock - 1 });
            source.open(diagnosticKind, 't').update(() => ({ ticked: o.ticked }));
            const preview = stores[o.tab]!.previewImport(source.exportText());
            if (preview.ok && stores[o.tab]!.applyImport(preview.plan, 'replace').ok)
              starts.set(epochIn(caches[o.tab]!.tab), [...o.ticked].sort());
          }
        }
        // Quiet: deliver everything, including the writes deliveries cause.
        for (let guard = 0; inbox[0]!.length + inbox[1]!.length > 0; guard++) {
          if (guard > 10_000) throw new Error('tabs never settle');
          deliver(inbox[0]!.length > 0 ? 0 : 1);
        }
        const final = epochIn(backing);
        const expected = new Set(starts.get(final) ?? []);
        for (const a of acked) {
          if (a.epoch !== final) continue;
          if (a.on) expected.add(a.item);
          else expected.delete(a.item);
        }
        const want = { ticked: [...expected].sort() };
        expect(slots[0]!.read()).toEqual(want);
        expect(slots[1]!.read()).toEqual(want);
        expect(
          createStore({ storage: backing, now: () => clock })
            .open(diagnosticKind, 't')
            .read(),
        ).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a checklist tick made before storage opened', () => {
  it('is merged into the saved records, not written over them', () => {
    const storage = memoryStorage(v1);
    const slot = createStore({ storage, now: () => 1763990000000 }).open(checklistKind, 'client-onboarding');
    slot.update((b) => setTick(b, 'kickoff-booked', true, 0));
    const runSet = createStore({ storage, now: () => 1 })
      .open(checklistKind, 'client-onboarding')
      .read();
    expect(runSet.runs.map((r) => r.name)).toEqual(['My engagement', 'Acme rebrand']);
    expect(runSet.runs[1]!.ticks).toEqual({ 'access-granted': true, 'kickoff-booked': true });
    expect(runSet.runs[0]!.notes).toEqual({ 'scope-signed': 'Signed on Monday' });
  });
});

describe('limits', () => {
  it('never writes a value a read would refuse, and says why', () => {
    const storage = memoryStorage();
    const slot = createStore({ storage, now: () => 5 }).open(handoffRecordKind, 'r');
    expect(slot.update((s) => ({ ...s, draft: { notes: 'x'.repeat(30_000) } })).failure).toBe('too-large');
    expect(storage.data.size).toBe(0);
  });

  it('forgets deletions after a month', () => {
    const storage = memoryStorage();
    let clock = 1_763_900_000_000;
    const slot = createStore({ storage, now: () => clock }).open(diagnosticKind, 't');
    slot.update(() => ({ ticked: ['a'] }));
    slot.update(() => ({ ticked: [] }));
    expect(JSON.parse(storage.data.get(dataKey('triage', 't'))!).data.ticks.a[1]).toBeNull();
    clock += 31 * 24 * 60 * 60 * 1000;
    slot.update(() => ({ ticked: ['b'] }));
    expect(Object.keys(JSON.parse(storage.data.get(dataKey('triage', 't'))!).data.ticks)).toEqual(['b']);
  });
});
