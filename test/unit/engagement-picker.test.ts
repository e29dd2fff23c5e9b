/** The engagement picker's logic, the stored engagements, and tool runs keyed by engagement. */
import { describe, expect, it } from 'vitest';
import {
  addEngagement,
  adopt,
  choices,
  choose,
  currentOf,
  rename,
  unstoredFound,
  type Chosen,
} from '../../src/lib/engagements/chosen';
import { DEFAULT_ENGAGEMENT_ID } from '../../src/lib/engagements/default-id';
import { engagementIdForName, idForJoin } from '../../src/lib/engagements/named';
import { rekeyRunSet } from '../../src/lib/engagements/rekey';
import { onRun, previewRun, runOf } from '../../src/lib/engagements/runs';
import { engagementsIn, keysOf, sliceOf, withKeysOf, withSlice } from '../../src/lib/engagements/scoped';
import { seededRandom } from '../../src/lib/engagements/ids';
import { planMigration } from '../../src/lib/engagements/migration';
import { createStore, dataKey, EARLIER, engagementsKind, checklistKind } from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import { emptyRun, setTick } from '../../src/tools/checklist/checklist';
import type { Doc } from '../../src/lib/persistence/lww';

const none: Chosen = { engagements: [], current: '' };
const random = seededRandom(7);

describe('the picker', () => {
  it('offers the default engagement on a first visit, and stores nothing for it', () => {
    expect(choices(none).map((e) => [e.id, e.client])).toEqual([[DEFAULT_ENGAGEMENT_ID, 'My engagement']]);
    expect(currentOf(none).id).toBe(DEFAULT_ENGAGEMENT_ID);
    expect(adopt(none, [], 5)).toBe(none);
  });

  it('the written-out default id is the one the migration draws', () => {
    expect(idForJoin('')).toBe(DEFAULT_ENGAGEMENT_ID);
    expect(engagementIdForName('  my ENGAGEMENT ')).toBe(DEFAULT_ENGAGEMENT_ID);
  });

  it('creates an engagement (client and project) and makes it current; refuses a blank client', () => {
    const one = addEngagement(none, { client: ' Fernhill Physio ', project: 'Booking site' }, random, 10)!;
    expect(one.engagements).toHaveLength(1);
    expect(one.current).toBe(one.engagements[0]!.id);
    expect(currentOf(one)).toMatchObject({ client: 'Fernhill Physio', project: 'Booking site' });
    expect(addEngagement(one, { client: '  ', project: 'x' }, random, 11)).toBeUndefined();
  });

  it('switches and renames; a rename of an engagement known only from a tool stores it', () => {
    const a = addEngagement(none, { client: 'A', project: '' }, random, 1)!;
    const b = addEngagement(a, { client: 'B', project: '' }, random, 2)!;
    expect(currentOf(choose(b, a.current)).client).toBe('A');
    const renamed = rename(b, [], b.current, { client: 'B2', project: 'Site' }, 3);
    expect(currentOf(renamed)).toMatchObject({ client: 'B2', project: 'Site', updatedAt: 3 });
    const found = [{ id: 'e-found', name: 'Redwick film' }];
    const stored = rename(b, found, 'e-found', { client: 'Redwick', project: 'Film' }, 4);
    expect(stored.engagements.find((e) => e.id === 'e-found')).toMatchObject({ client: 'Redwick', project: 'Film' });
  });

  it('lists engagements a tool holds data for, stores them, and opens the one the tool had open', () => {
    const found = [{ id: 'e-1', name: 'Acme' }, { id: DEFAULT_ENGAGEMENT_ID }];
    expect(choices(none, found).map((e) => e.client)).toEqual(['Acme', 'My engagement']);
    expect(unstoredFound(none, found)).toHaveLength(2);
    const adopted = adopt(none, found, 9, 'e-1');
    expect(adopted.engagements.map((e) => e.id)).toEqual(['e-1', DEFAULT_ENGAGEMENT_ID]);
    expect(adopted.current).toBe('e-1');
    expect(unstoredFound(adopted, found)).toEqual([]);
    // A choice already made is not overridden by what a tool had open.
    expect(adopt({ ...none, current: 'e-x' }, found, 9, 'e-1').current).toBe('e-x');
  });

  it('a link names the engagement to open, if it exists', () => {
    const b = addEngagement(
      addEngagement(none, { client: 'A', project: '' }, random, 1)!,
      { client: 'B', project: '' },
      random,
      2,
    )!;
    const a = b.engagements[0]!.id;
    expect(currentOf(b, [], a).client).toBe('A');
    expect(currentOf(b, [], 'e-gone').client).toBe('B');
  });
});

describe('the engagements kind', () => {
  it('keeps engagements and the current one across stores (tabs), each engagement its own item', () => {
    const storage = memoryStorage();
    const one = createStore({ storage, now: () => 1 }).open(engagementsKind, 'all');
    const two = createStore({ storage, now: () => 2 }).open(engagementsKind, 'all');
    one.update((c) => addEngagement(c, { client: 'A', project: 'P' }, seededRandom(1), 1)!);
    two.update((c) => addEngagement(c, { client: 'B', project: '' }, seededRandom(2), 2)!);
    const read = createStore({ storage, now: () => 3 })
      .open(engagementsKind, 'all')
      .read();
    expect(read.engagements.map((e) => e.client).sort()).toEqual(['A', 'B']);
    expect(currentOf(read).client).toBe('B');
  });
});

describe('runs keyed by engagement', () => {
  const acme = { id: 'e-acme', name: 'Acme' };
  it('shows a fresh run for an engagement without one, and starts it on the first change', () => {
    const runSet = { active: '', runs: [] };
    expect(runOf(runSet, acme, emptyRun)).toMatchObject({ id: 'e-acme', ticks: {} });
    const ticked = setTick(onRun(runSet, acme, emptyRun, 5), 'x', true, 5);
    expect(runOf(ticked, acme, emptyRun).ticks).toEqual({ x: true });
    // Renamed since the run began: the run shows the engagement's name as it is now.
    expect(runOf(ticked, { ...acme, name: 'Acme Ltd' }, emptyRun).name).toBe('Acme Ltd');
    expect(previewRun(runSet, [(b, now) => setTick(b, 'y', true, now)], emptyRun).ticks).toEqual({ y: true });
  });

  it('rekeys a version 2 runSet by name, the way the migration plan names engagements, keeping every item', () => {
    const doc: Doc = {
      records: {
        r1: [1, { name: 'My engagement', order: 0 }],
        r2: [2, { name: 'Acme', order: 1 }],
        r3: [3, { name: ' acme ', order: 2 }],
        r4: [4, null],
      },
      active: { '': [5, 'r2'] },
      ticks: { 'r1:a': [1, true], 'r2:a': [2, true], 'r3:b': [3, true], 'r4:c': [4, null] },
      notes: { 'r2:a': [2, 'older'], 'r3:a': [6, 'newer'] },
    };
    const out = rekeyRunSet(doc);
    const acmeId = engagementIdForName('Acme');
    const plan = planMigration(
      {
        'handoff-handbook:v1:checklist:x': JSON.stringify({
          version: 1,
          savedAt: 1,
          data: { active: 'r2', records: [{ id: 'r2', name: 'Acme', updatedAt: 1, ticks: {}, notes: {} }] },
        }),
      },
      1,
    );
    expect(plan.ok && plan.plan.engagements[0]!.id).toBe(acmeId);
    expect(Object.keys(out.records!).sort()).toEqual([DEFAULT_ENGAGEMENT_ID, acmeId, 'r4'].sort());
    expect(out.active).toEqual({ '': [5, acmeId] });
    expect(out.ticks).toEqual({
      [`${DEFAULT_ENGAGEMENT_ID}:a`]: [1, true],
      [`${acmeId}:a`]: [2, true],
      [`${acmeId}:b`]: [3, true],
      'r4:c': [4, null],
    });
    // Two records joining one engagement: the later item wins, as a merge would.
    expect(out.notes).toEqual({ [`${acmeId}:a`]: [6, 'newer'] });
  });

  it('slices keyed data per engagement and lists the engagements in it', () => {
    const keys = ['e-1:a', 'e-1:b', 'e-2:a'];
    expect(keysOf(keys, 'e-1')).toEqual(['a', 'b']);
    expect(withKeysOf(keys, 'e-1', ['c'])).toEqual(['e-2:a', 'e-1:c']);
    expect(sliceOf({ 'e-1:x': 1, 'e-2:x': 2 }, 'e-2')).toEqual({ x: 2 });
    expect(withSlice({ 'e-1:x': 1, 'e-2:x': 2 }, 'e-1', { y: 3 })).toEqual({ 'e-2:x': 2, 'e-1:y': 3 });
    expect(engagementsIn(['e-1:Acme', 'e-1:Other', 'e-2:B', 'nocolon'], true)).toEqual([
      { id: 'e-1', name: 'Acme' },
      { id: 'e-2', name: 'B' },
    ]);
  });
});

describe('the step to version 3 in the store', () => {
  const v2 = JSON.stringify({
    version: 2,
    savedAt: 1,
    data: { records: { r1: [1, { name: 'Acme', order: 0 }] }, active: { '': [1, 'r1'] }, ticks: { 'r1:a': [1, true] } },
  });

  it('rewrites the value on opening and keeps the old text, byte for byte, under its own key', () => {
    const storage = memoryStorage({ [dataKey('checklist', 'c')]: v2 });
    const slot = createStore({ storage, now: () => 9 }).open(checklistKind, 'c');
    expect(slot.status().upgraded).toEqual({ from: 2, key: `${EARLIER}v2:checklist:c`, raw: v2 });
    expect(storage.data.get(`${EARLIER}v2:checklist:c`)).toBe(v2);
    expect(JSON.parse(storage.data.get(dataKey('checklist', 'c'))!).version).toBe(3);
    expect(slot.read().runs.map((r) => [r.id, r.ticks])).toEqual([[engagementIdForName('Acme'), { a: true }]]);
    // The next load finds version 3: nothing more to say.
    expect(
      createStore({ storage, now: () => 10 })
        .open(checklistKind, 'c')
        .status().upgraded,
    ).toBeUndefined();
  });

  it('a change that changes nothing is not written again (an import stays byte for byte)', () => {
    const storage = memoryStorage();
    const slot = createStore({ storage, now: () => 1 }).open(engagementsKind, 'all');
    slot.update((c) => addEngagement(c, { client: 'A', project: '' }, seededRandom(3), 1)!);
    const text = storage.data.get(dataKey('engagements', 'all'));
    const later = createStore({ storage, now: () => 50 }).open(engagementsKind, 'all');
    expect(later.update((c) => adopt(c, [{ id: c.engagements[0]!.id }], 50)).failure).toBeUndefined();
    expect(storage.data.get(dataKey('engagements', 'all'))).toBe(text);
  });

  it('when the old text cannot be kept, leaves the old value where it is and says why', () => {
    const storage = memoryStorage({ [dataKey('checklist', 'c')]: v2 });
    const set = storage.setItem;
    storage.setItem = (k, v) =>
      k.startsWith(EARLIER)
        ? (() => {
            throw Object.assign(new Error(), { name: 'QuotaExceededError' });
          })()
        : set(k, v);
    const slot = createStore({ storage, now: () => 9 }).open(checklistKind, 'c');
    expect(slot.status().failure).toBe('full');
    expect(storage.data.get(dataKey('checklist', 'c'))).toBe(v2);
    expect(slot.read().runs).toHaveLength(1);
  });
});
