/**
 * Data saved before engagements existed, filed under the engagement of the same name the reader
 * already has: which ids move where, how two runs of one tool are kept together, and the store
 * doing it on open, on import and in two tabs at once, with nothing lost and nothing done twice.
 */
import { describe, expect, it } from 'vitest';
import { joinChecklist, joinRows, moveRecords, moveRun, refileMoves } from '../../src/lib/engagements/refile';
import { DEFAULT_ENGAGEMENT_ID, engagementIdForName } from '../../src/lib/engagements/named';
import type { Engagement } from '../../src/lib/engagements/engagement';
import {
  checklistKind,
  createStore,
  dataKey,
  engagementsKind,
  handoffRecordKind,
  worksheetKind,
  type Store,
} from '../support/store';
import { RECORD_NAME_FIELD } from '../../src/tools/record/kind';
import { memoryStorage, type StorageLike } from '../../src/lib/persistence/storage';
import type { AnyKind } from '../../src/lib/persistence/kind';
import { emptyRun, setNote, setTick } from '../../src/tools/checklist/checklist';
import { onRun } from '../../src/lib/engagements/runs';
import recordForm from '../../content/records/handoff-record.json';
import { bareEngagement } from '../support/engagements';
import { throwingStorage } from '../support/storages';

const NOW = Date.UTC(2026, 2, 30, 10, 0);
const A = engagementIdForName('Acme');

const engagement = (id: string, client: string, project = '', createdAt = NOW - 5000): Engagement =>
  bareEngagement(id, client, project, createdAt);
const acme = engagement('e-mine000001', 'Acme');

describe('which engagement old data goes to', () => {
  it('an id drawn from a name the list holds under another id moves to that id, matched as names match elsewhere', () => {
    expect(refileMoves([acme], [{ id: A, name: 'Acme' }])).toEqual(new Map([[A, acme.id]]));
    // Case, spacing and the engagement's "Client: project" name.
    const id = engagementIdForName('  ACME:   Rebrand ');
    expect(refileMoves([engagement('e-x', 'Acme', 'Rebrand')], [{ id, name: '  ACME:   Rebrand ' }])).toEqual(
      new Map([[id, 'e-x']]),
    );
    // Several of that name: the oldest, as the picker lists them.
    const later = engagement('e-later', 'acme', '', NOW);
    expect(refileMoves([later, acme], [{ id: A, name: 'Acme' }]).get(A)).toBe(acme.id);
  });

  it('leaves alone: a stored id, the default engagement, an id not drawn from its name, a name nobody has, data without a name', () => {
    expect(refileMoves([acme, engagement(A, 'Acme')], [{ id: A, name: 'Acme' }]).size).toBe(0);
    expect(
      refileMoves([engagement('e-m', 'My engagement')], [{ id: DEFAULT_ENGAGEMENT_ID, name: 'My engagement' }]).size,
    ).toBe(0);
    expect(refileMoves([acme], [{ id: 'e-randomid01', name: 'Acme' }]).size).toBe(0);
    expect(refileMoves([acme], [{ id: engagementIdForName('Acme Ltd'), name: 'Acme Ltd' }]).size).toBe(0);
    expect(refileMoves([acme], [{ id: A }]).size).toBe(0);
    expect(refileMoves([], [{ id: A, name: 'Acme' }]).size).toBe(0);
  });
});

describe('keeping both when the engagement already holds a run of the tool', () => {
  const run = (id: string, ticks: Record<string, boolean>, notes: Record<string, string>) => ({
    id,
    name: 'Acme',
    updatedAt: 1,
    ticks,
    notes,
  });

  it('a run alone is renamed to the engagement’s id, and the open run follows it', () => {
    const runSet = { active: A, runs: [run(A, { a: true }, {}), run('e-other', {}, {})] };
    expect(moveRun(runSet, A, acme.id, joinChecklist)).toEqual({
      active: acme.id,
      runs: [run(acme.id, { a: true }, {}), run('e-other', {}, {})],
    });
    expect(moveRun(runSet, 'e-none', acme.id, joinChecklist)).toBe(runSet);
  });

  it('checklists: ticks join, different notes stand side by side, the same note is kept once', () => {
    const runSet = {
      active: acme.id,
      runs: [run(acme.id, { a: true }, { a: 'mine', b: 'same' }), run(A, { c: true }, { a: 'old', b: 'same', d: 'x' })],
    };
    const moved = moveRun(runSet, A, acme.id, joinChecklist);
    expect(moved.runs).toEqual([run(acme.id, { a: true, c: true }, { a: 'mine\n\nold', b: 'same', d: 'x' })]);
    expect(moved.active).toBe(acme.id);
  });

  it('worksheets: the moved rows after the existing ones, none twice, an id taken gets its own, the blank starting row gives way', () => {
    const mine = [{ '#row': 'b0' }, { '#row': 'v0', item: 'Logo files' }];
    const theirs = [
      { '#row': 'v0', item: 'Brand guide' },
      { '#row': 'v1', item: 'Logo files' },
      { '#row': 'v2', item: ' ' },
    ];
    expect(joinRows(mine, theirs, '#row', 'b0')).toEqual([
      { '#row': 'v0', item: 'Logo files' },
      { '#row': 'v0-2', item: 'Brand guide' },
    ]);
  });

  it('handoff records: moved under the engagement; a name taken by other content keeps its own, renamed in its name field', () => {
    const records = {
      [`${acme.id}:Acme`]: { name: 'Acme', outcome: 'Signed' },
      [`${A}:Acme`]: { name: 'Acme', outcome: 'Drafted' },
      [`${A}:Kickoff`]: { name: 'Kickoff', outcome: 'Booked' },
      'e-other:Acme': { name: 'Acme', outcome: 'Else' },
    };
    expect(moveRecords(records, A, acme.id, 'name')).toEqual({
      [`${acme.id}:Acme`]: { name: 'Acme', outcome: 'Signed' },
      [`${acme.id}:Acme (earlier)`]: { name: 'Acme (earlier)', outcome: 'Drafted' },
      [`${acme.id}:Kickoff`]: { name: 'Kickoff', outcome: 'Booked' },
      'e-other:Acme': { name: 'Acme', outcome: 'Else' },
    });
    // The same content is not kept twice.
    const same = {
      [`${acme.id}:Acme`]: { name: 'Acme', outcome: 'Signed' },
      [`${A}:Acme`]: { outcome: 'Signed', name: 'Acme' },
    };
    expect(moveRecords(same, A, acme.id, 'name')).toEqual({ [`${acme.id}:Acme`]: { name: 'Acme', outcome: 'Signed' } });
  });

  it('the record kind renames the field every record form types its name in', () => {
    expect(recordForm.nameField).toBe(RECORD_NAME_FIELD);
  });
});

/** Stored text of a value saved before engagements existed (version 1 of each kind). */
const v1 = (data: unknown) => JSON.stringify({ version: 1, savedAt: NOW - 9000, data });
const oldChecklist = v1({
  active: 'r1',
  records: [{ id: 'r1', name: 'Acme', updatedAt: NOW - 9000, ticks: { a: true, b: true }, notes: { a: 'old note' } }],
});
const oldWorksheet = v1({
  active: 'r1',
  records: [{ id: 'r1', name: 'acme ', updatedAt: NOW - 9000, rows: [{ item: 'Brand guide', owner: 'Jo' }] }],
});
const oldRecords = v1({ records: { Acme: { name: 'Acme', outcome: 'Drafted' } } });

const CHECKLIST = dataKey('checklist', 'c');
const WORKSHEET = dataKey('worksheet', 'w');
const RECORDS = dataKey('handoff-records', 'r');

/**
 * Storage as a browser holds it when old data meets the reader's own engagement "Acme": the old
 * values, read once (the checklist's moved to version 3 under the id of its name) before the
 * reader's list had "Acme", the reader's own checklist run under their id, then the list.
 */
function meeting(): Record<string, string> {
  const storage = memoryStorage({ [CHECKLIST]: oldChecklist, [WORKSHEET]: oldWorksheet, [RECORDS]: oldRecords });
  const store = createStore({ storage, now: () => NOW - 8000 });
  store
    .open(checklistKind, 'c')
    .update((runSet) =>
      setNote(setTick(onRun(runSet, { id: acme.id, name: 'Acme' }, emptyRun, 1), 'c', true, 1), 'a', 'my note', 1),
    );
  store.open(engagementsKind, 'all').update(() => ({ engagements: [acme], current: acme.id }));
  return Object.fromEntries(storage.data);
}

/** Every stored engagement id the three tools' values name, as a fresh tab reads them. */
function readAll(storage: StorageLike, now = NOW) {
  const store = createStore({ storage, now: () => now });
  return {
    engagements: store
      .open(engagementsKind, 'all')
      .read()
      .engagements.map((e) => e.id),
    checklist: store.open(checklistKind, 'c').read(),
    worksheet: store.open(worksheetKind(), 'w').read(),
    records: store.open(handoffRecordKind, 'r').read().records,
  };
}

const snapshot = (storage: ReturnType<typeof memoryStorage>) => new Map(storage.data);

describe('the store files old data under the engagement of its name', () => {
  it('on opening: every tool’s runs move to the existing id, both runs of one tool kept, no second engagement', () => {
    const before = meeting();
    expect(JSON.parse(before[CHECKLIST]!).data.records).toHaveProperty(A);
    const after = readAll(memoryStorage(before));
    expect(after.engagements).toEqual([acme.id]);
    expect(after.checklist.runs.map((r) => r.id)).toEqual([acme.id]);
    expect(after.checklist.runs[0]).toMatchObject({
      ticks: { a: true, b: true, c: true },
      notes: { a: 'my note\n\nold note' },
    });
    expect(after.worksheet.runs.map((r) => [r.id, r.rows.map((row) => row.item)])).toEqual([
      [acme.id, ['Brand guide']],
    ]);
    expect(after.records).toEqual({ [`${acme.id}:Acme`]: { name: 'Acme', outcome: 'Drafted' } });
  });

  it('twice changes nothing: a second opening writes nothing', () => {
    const storage = memoryStorage({ [CHECKLIST]: oldChecklist, [RECORDS]: oldRecords });
    createStore({ storage, now: () => NOW - 100 })
      .open(engagementsKind, 'all')
      .update(() => ({ engagements: [acme], current: acme.id }));
    readAll(storage, NOW);
    const once = snapshot(storage);
    readAll(storage, NOW + 1000);
    expect(snapshot(storage)).toEqual(once);
    expect(readAll(storage).checklist.runs.map((r) => r.id)).toEqual([acme.id]);
  });

  it('without an engagement of that name, old data keeps the id of its name (the picker lists it as before)', () => {
    const storage = memoryStorage({ [CHECKLIST]: oldChecklist });
    createStore({ storage, now: () => NOW - 100 })
      .open(engagementsKind, 'all')
      .update(() => ({ engagements: [engagement('e-b', 'Bramble')], current: 'e-b' }));
    expect(readAll(storage).checklist.runs.map((r) => r.id)).toEqual([A]);
  });

  it('an old-format file merged in goes to the existing engagement, in the tab that imported it', () => {
    const storage = memoryStorage();
    const store = createStore({ storage, now: () => NOW });
    store.open(engagementsKind, 'all').update(() => ({ engagements: [acme], current: acme.id }));
    const slot = store.open(checklistKind, 'c');
    const file = JSON.stringify({
      app: 'handoff-handbook',
      format: 1,
      exportedAt: NOW - 9000,
      entries: { [CHECKLIST]: JSON.parse(oldChecklist), [RECORDS]: JSON.parse(oldRecords) },
    });
    const preview = store.previewImport(file);
    if (!preview.ok) throw new Error(preview.problem);
    expect(store.applyImport(preview.plan, 'merge')).toEqual({ ok: true });
    // Open in the importing tab: moved at once.
    expect(slot.read().runs.map((r) => r.id)).toEqual([acme.id]);
    // Not open there: moved when a tab opens it.
    expect(readAll(storage).records).toEqual({ [`${acme.id}:Acme`]: { name: 'Acme', outcome: 'Drafted' } });
    expect(readAll(storage).engagements).toEqual([acme.id]);
  });

  it('storage that throws on every call: the tools still open, saying why nothing is saved', () => {
    const broken = throwingStorage();
    for (const kind of [checklistKind, worksheetKind(), handoffRecordKind] as AnyKind[]) {
      const slot = createStore({ storage: broken, now: () => NOW }).open(kind, 'x');
      expect(slot.status().failure).toBe('unavailable');
    }
  });

  it('two tabs moving at once, each on its own copy of storage, converge with nothing joined twice', () => {
    const start = meeting();
    const backing = memoryStorage(start);
    const inbox: [string, string | null][][] = [[], []];
    const tabs = [0, 1].map((me) => {
      const cache = memoryStorage(start);
      const send = (key: string, value: string | null) => {
        inbox[1 - me]!.push([key, value]);
        if (value === null) backing.data.delete(key);
        else backing.data.set(key, value);
      };
      const storage: StorageLike = {
        get length() {
          return cache.length;
        },
        key: cache.key,
        getItem: cache.getItem,
        setItem: (k, v) => (cache.setItem(k, v), send(k, v)),
        removeItem: (k) => (cache.removeItem(k), send(k, null)),
      };
      return { cache, store: createStore({ storage, now: () => NOW + me }) as Store };
    });
    // Both open before either hears the other.
    const slots = tabs.map((t) => t.store.open(checklistKind, 'c'));
    for (let guard = 0; inbox[0]!.length + inbox[1]!.length > 0; guard++) {
      if (guard > 100) throw new Error('tabs never settle');
      const me = inbox[0]!.length > 0 ? 0 : 1;
      const [key, value] = inbox[me]!.shift()!;
      if (value === null) tabs[me]!.cache.removeItem(key);
      else tabs[me]!.cache.setItem(key, value);
      tabs[me]!.store.handleStorageEvent(key);
    }
    const want = [{ id: acme.id, ticks: { a: true, b: true, c: true }, notes: { a: 'my note\n\nold note' } }];
    const shown = (runSet: { runs: { id: string; ticks: unknown; notes: unknown }[] }) =>
      runSet.runs.map(({ id, ticks, notes }) => ({ id, ticks, notes }));
    expect(shown(slots[0]!.read())).toEqual(want);
    expect(shown(slots[1]!.read())).toEqual(want);
    expect(
      shown(
        createStore({ storage: backing, now: () => NOW + 5 })
          .open(checklistKind, 'c')
          .read(),
      ),
    ).toEqual(want);
  });
});
