/** The persistence layer against every fault the browser can throw at it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { createPersistence, dataKey, memoryStorage, NAMESPACE, openStorage, type Kind, type StorageLike } from '../../src/lib/persistence';

interface Notes {
  title: string;
  notes: string[];
}
/** A test kind at version 2; version 1 stored a single `note` string. */
const notesKind: Kind<Notes> = {
  name: 'notes',
  version: 2,
  schema: z.object({ title: z.string(), notes: z.array(z.string()) }),
  migrations: { 1: (d) => ({ title: (d as { title: string }).title, notes: [(d as { note: string }).note] }) },
  empty: () => ({ title: '', notes: [] }),
};
const KEY = dataKey('notes', 'a');
const envelope = (version: number, data: unknown, savedAt = 1) => JSON.stringify({ version, savedAt, data });

function setup(initial: Record<string, string> = {}, storage: StorageLike | null = memoryStorage(initial)) {
  let t = Date.UTC(2026, 0, 2, 3, 4, 5);
  const persistence = createPersistence({ storage, now: () => t++, kinds: [notesKind] });
  return { storage, persistence, slot: persistence.slot(notesKind, 'a') };
}

const quotaError = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

describe('loading and saving', () => {
  it('starts empty, saves under a namespaced, versioned key and loads it back', () => {
    const { storage, slot } = setup();
    expect(slot.load()).toMatchObject({ status: 'empty', saving: true, value: { title: '', notes: [] } });
    expect(slot.save({ title: 'Acme', notes: ['x'] })).toEqual({ saved: true });
    expect(KEY).toBe(`${NAMESPACE}notes:a`);
    expect(NAMESPACE).toBe('handoff-handbook:v1:');
    expect(JSON.parse(storage!.getItem(KEY)!)).toMatchObject({ version: 2, data: { title: 'Acme' } });
    expect(slot.load()).toMatchObject({ status: 'loaded', value: { title: 'Acme', notes: ['x'] } });
  });

  it('keeps working in memory when storage is unavailable (localStorage null or SecurityError)', () => {
    const refused = openStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(refused).toBeNull();
    expect(openStorage(() => null)).toBeNull();
    const { slot } = setup({}, refused);
    expect(slot.load()).toMatchObject({ status: 'unavailable', saving: false });
    expect(slot.save({ title: 'x', notes: [] })).toEqual({ saved: false, reason: 'unavailable' });
  });

  it('reports storage that throws on every read as unavailable', () => {
    const broken: StorageLike = {
      length: 0,
      key: () => null,
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => undefined,
    };
    const { slot } = setup({}, broken);
    expect(slot.load()).toMatchObject({ status: 'unavailable', saving: false });
    expect(slot.save({ title: 'x', notes: [] })).toEqual({ saved: false, reason: 'unavailable' });
  });

  it('says "full" when a write exceeds the quota, keeps the last saved value, and saves again once there is room', () => {
    const storage = memoryStorage();
    const { slot } = setup({}, storage);
    slot.save({ title: 'first', notes: [] });
    const setItem = storage.setItem;
    storage.setItem = () => {
      throw quotaError();
    };
    expect(slot.save({ title: 'second', notes: [] })).toEqual({ saved: false, reason: 'full' });
    expect(slot.load().value.title).toBe('first');
    storage.setItem = setItem;
    expect(slot.save({ title: 'third', notes: [] })).toEqual({ saved: true });
  });

  it('holds very large state (long notes)', () => {
    const { slot } = setup();
    const long = 'n'.repeat(500_000);
    slot.save({ title: 'big', notes: [long, long] });
    expect(slot.load().value.notes[1]).toHaveLength(500_000);
  });
});

describe('values the code cannot use', () => {
  it('moves corrupt JSON to a timestamped quarantine key and says so', () => {
    const { storage, slot } = setup({ [KEY]: '{"version":2,' });
    const loaded = slot.load();
    expect(loaded).toMatchObject({ status: 'quarantined', saving: true, kept: { reason: 'not-json', raw: '{"version":2,' } });
    expect(loaded.kept!.key).toBe('handoff-handbook:v1:quarantine:notes:a:2026-01-02T03:04:05.000Z');
    expect(storage!.getItem(loaded.kept!.key)).toBe('{"version":2,');
    expect(storage!.getItem(KEY)).toBeNull();
    expect(slot.save({ title: 'fresh', notes: [] })).toEqual({ saved: true });
  });

  it('quarantines valid JSON of the wrong shape, in the envelope or in the data', () => {
    for (const raw of ['[1,2]', envelope(2, { title: 3, notes: [] }), '{"version":"2","savedAt":1,"data":{}}']) {
      const { storage, slot } = setup({ [KEY]: raw });
      const loaded = slot.load();
      expect(loaded).toMatchObject({ status: 'quarantined', kept: { reason: 'wrong-shape', raw } });
      expect(storage!.getItem(loaded.kept!.key)).toBe(raw);
    }
  });

  it('never overwrites an earlier quarantined copy', () => {
    const { storage, persistence, slot } = setup({ [KEY]: 'bad one' });
    const first = slot.load().kept!.key;
    storage!.setItem(KEY, 'bad two');
    const second = slot.load().kept!.key;
    expect(first).not.toBe(second);
    expect(persistence.keys().map((k) => storage!.getItem(k)).sort()).toEqual(['bad one', 'bad two']);
  });

  it('leaves an unreadable value in place, and does not overwrite it, when it cannot be moved', () => {
    const storage = memoryStorage({ [KEY]: 'not json' });
    storage.setItem = () => {
      throw quotaError();
    };
    const { slot } = setup({}, storage);
    expect(slot.load()).toMatchObject({ status: 'quarantined', saving: false, kept: { key: KEY, raw: 'not json' } });
    expect(slot.save({ title: 'x', notes: [] })).toEqual({ saved: false, reason: 'locked' });
    expect(storage.getItem(KEY)).toBe('not json');
  });

  it('migrates an older version', () => {
    const { slot } = setup({ [KEY]: envelope(1, { title: 'old', note: 'kept' }) });
    expect(slot.load()).toMatchObject({ status: 'migrated', saving: true, value: { title: 'old', notes: ['kept'] } });
  });

  it('quarantines an older version it has no migration for', () => {
    const { slot } = setup({ [KEY]: envelope(0, {}) });
    expect(slot.load()).toMatchObject({ status: 'quarantined', kept: { reason: 'wrong-shape' } });
  });

  it('keeps a newer version in place, runs in memory and never overwrites it', () => {
    const raw = envelope(3, { whatever: true });
    const { storage, slot } = setup({ [KEY]: raw });
    expect(slot.load()).toMatchObject({ status: 'newer', saving: false, kept: { reason: 'newer-version', key: KEY, raw } });
    expect(slot.save({ title: 'x', notes: [] })).toEqual({ saved: false, reason: 'locked' });
    expect(storage!.getItem(KEY)).toBe(raw);
  });
});

describe('other sites and other tabs', () => {
  it('never reads, moves or removes keys outside its namespace', () => {
    const foreign = { 'theme': 'dark', 'other-site:v1:notes:a': 'not json', 'handoff-handbook-old': '{}' };
    const { storage, persistence, slot } = setup({ ...foreign, [KEY]: 'broken' });
    slot.load();
    slot.save({ title: 'x', notes: [] });
    expect(persistence.exportAll().entries).not.toHaveProperty('theme');
    persistence.clearAll();
    expect(Object.fromEntries((storage as ReturnType<typeof memoryStorage>).data)).toEqual(foreign);
  });

  it('delivers an edit made in another tab to subscribers', () => {
    const shared = memoryStorage();
    const tabA = setup({}, shared);
    const tabB = setup({}, shared);
    const seen: string[] = [];
    tabA.slot.subscribe((loaded) => seen.push(loaded.value.title));
    tabB.slot.save({ title: 'from B', notes: [] });
    tabA.persistence.handleStorageChange({ key: tabB.slot.key });
    tabA.persistence.handleStorageChange({ key: 'someone-else' });
    expect(seen).toEqual(['from B']);
  });

  it('delivers storage cleared in another tab (a null key) to subscribers', () => {
    const shared = memoryStorage();
    const tabA = setup({}, shared);
    tabA.slot.save({ title: 'mine', notes: [] });
    const seen: string[] = [];
    const stop = tabA.slot.subscribe((loaded) => seen.push(loaded.status));
    shared.data.clear();
    tabA.persistence.handleStorageChange({ key: null });
    stop();
    tabA.persistence.handleStorageChange({ key: null });
    expect(seen).toEqual(['empty']);
  });
});

describe('export, import and clear all', () => {
  it('exports every namespaced entry as one JSON document, with unreadable values as text', () => {
    const { persistence, slot } = setup({ [dataKey('notes', 'b')]: 'oops', other: 'x' });
    slot.save({ title: 'A', notes: [] });
    const doc = persistence.exportAll();
    expect(doc).toMatchObject({ app: 'handoff-handbook', format: 1 });
    expect(Object.keys(doc.entries)).toEqual([KEY]);
    expect(doc.kept).toEqual({ [dataKey('notes', 'b')]: 'oops' });
  });

  it('previews what an import adds, changes and would remove, then replaces or merges', () => {
    const source = setup();
    source.slot.save({ title: 'A2', notes: [] });
    source.persistence.slot(notesKind, 'new').save({ title: 'N', notes: [] });
    const file = JSON.stringify(source.persistence.exportAll());

    const target = setup();
    target.slot.save({ title: 'A1', notes: [] });
    target.persistence.slot(notesKind, 'gone').save({ title: 'G', notes: [] });
    const preview = target.persistence.previewImport(file);
    if (!preview.ok) throw new Error(preview.problem);
    expect(preview.plan).toMatchObject({
      added: [dataKey('notes', 'new')],
      changed: [KEY],
      unchanged: [],
      removedByReplace: [dataKey('notes', 'gone')],
    });
    const heard: string[] = [];
    target.slot.subscribe((l) => heard.push(l.value.title));
    target.persistence.applyImport(preview.plan, 'merge');
    expect(target.persistence.keys()).toHaveLength(3);
    target.persistence.applyImport(preview.plan, 'replace');
    expect(target.persistence.keys().sort()).toEqual([KEY, dataKey('notes', 'new')].sort());
    expect(heard).toEqual(['A2', 'A2']);
  });

  it('rejects an import that is not JSON, not an export, or holds an entry of the wrong shape', () => {
    const { persistence } = setup();
    expect(persistence.previewImport('nope')).toMatchObject({ ok: false });
    expect(persistence.previewImport('{"app":"other"}')).toMatchObject({ ok: false });
    const bad = { app: 'handoff-handbook', format: 1, entries: { [KEY]: { version: 2, savedAt: 1, data: { title: 1 } } } };
    expect(persistence.previewImport(JSON.stringify(bad))).toMatchObject({ ok: false });
    const foreign = { app: 'handoff-handbook', format: 1, entries: { theme: 'dark' } };
    expect(persistence.previewImport(JSON.stringify(foreign))).toMatchObject({ ok: false });
  });

  it('clears every namespaced key, quarantine included', () => {
    const { persistence, slot } = setup({ [KEY]: 'bad', x: 'y' });
    slot.load();
    slot.save({ title: 'A', notes: [] });
    expect(persistence.keys()).toHaveLength(2);
    expect(persistence.clearAll()).toEqual({ saved: true });
    expect(persistence.keys()).toEqual([]);
  });
});

describe('property: any stored value', () => {
  const anyStored = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.json(),
    fc.jsonValue().map((data) => envelope(2, data)),
    fc.tuple(fc.integer({ min: -2, max: 5 }), fc.jsonValue()).map(([version, data]) => JSON.stringify({ version, savedAt: 1, data })),
  );

  it('never makes loading throw and never loses the raw value', () => {
    fc.assert(
      fc.property(anyStored, (raw) => {
        const { storage, persistence, slot } = setup({ [KEY]: raw });
        const loaded = slot.load();
        if (loaded.status === 'loaded' || loaded.status === 'migrated') {
          expect(storage!.getItem(KEY)).toBe(raw);
        } else {
          expect(loaded.kept?.raw).toBe(raw);
          expect(storage!.getItem(loaded.kept!.key)).toBe(raw);
          expect(persistence.keys().map((k) => storage!.getItem(k))).toContain(raw);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
