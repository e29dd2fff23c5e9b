/**
 * Import never overwrites what it does not understand: a Merge sets aside a list from a newer
 * version (or of an unknown kind) where this browser holds its own, and a Merge or Replace keeps
 * a copy of everything it wrote over or removed, which puts it all back until it is dismissed.
 */
import { describe, expect, it } from 'vitest';
import { createStore, dataKey, engagementsKind, IMPORT_COPY, QUARANTINE, type ImportPlan } from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import type { Engagement } from '../../src/lib/engagements/engagement';

const ENGAGEMENTS = dataKey('engagements', 'all');
const NOW = Date.UTC(2026, 2, 30, 10, 0);
const plain = (id: string, client: string): Engagement => ({
  id,
  client,
  project: '',
  dates: { milestones: [], invoices: [], dependencies: [], decisions: [] },
  createdAt: NOW - 1000,
  updatedAt: NOW - 1000,
});

/** A browser holding one engagement, and the store over it. */
function browser(
  client = 'Fernhill Physio',
  at = NOW,
  id = client === 'Fernhill Physio' ? 'e-mine00001' : 'e-them00001',
) {
  const storage = memoryStorage();
  const store = createStore({ storage, now: () => at });
  store.open(engagementsKind, 'all').update(() => ({ engagements: [plain(id, client)], current: '' }));
  return { storage, store };
}
const file = (keys: Record<string, string>) => JSON.stringify({ app: 'handoff-handbook', format: 2, keys });
const planOf = (store: ReturnType<typeof browser>['store'], text: string): ImportPlan => {
  const preview = store.previewImport(text);
  if (!preview.ok) throw new Error(preview.problem);
  return preview.plan;
};
const ours = (s: ReturnType<typeof memoryStorage>) =>
  Object.fromEntries([...s.data].filter(([k]) => !k.endsWith(':generation') && !k.startsWith(IMPORT_COPY)).sort());
const names = (store: ReturnType<typeof browser>['store']) =>
  store
    .open(engagementsKind, 'all')
    .read()
    .engagements.map((e) => e.client)
    .sort();

describe('a Merge', () => {
  const newer = JSON.stringify({ version: 99, savedAt: NOW, data: { engagements: { future: true } } });

  it('sets a newer version’s engagements list aside and keeps the reader’s', () => {
    const { storage, store } = browser();
    const mine = storage.data.get(ENGAGEMENTS);
    const plan = planOf(store, file({ [ENGAGEMENTS]: newer }));
    expect(plan.setAside).toEqual([ENGAGEMENTS]);
    expect([...plan.added, ...plan.changed]).toEqual([]);
    expect(store.applyImport(plan, 'merge')).toEqual({ ok: true });
    expect(storage.data.get(ENGAGEMENTS)).toBe(mine);
    const aside = [...storage.data].filter(([k]) => k.startsWith(`${QUARANTINE}engagements:all:`));
    expect(aside.map(([, v]) => v)).toEqual([newer]);
    expect(names(store)).toEqual(['Fernhill Physio']);
  });

  it('writes a newer version’s list where this browser holds none (nothing is written over)', () => {
    const storage = memoryStorage();
    const store = createStore({ storage, now: () => NOW });
    const plan = planOf(store, file({ [ENGAGEMENTS]: newer }));
    expect(plan.setAside).toEqual([]);
    expect(store.applyImport(plan, 'merge')).toEqual({ ok: true });
    expect(storage.data.get(ENGAGEMENTS)).toBe(newer);
  });

  it('keeps a file’s list aside when this browser’s list is the newer one', () => {
    const storage = memoryStorage({ [ENGAGEMENTS]: newer });
    const store = createStore({ storage, now: () => NOW });
    const theirs = browser('Imported Client').storage.data.get(ENGAGEMENTS)!;
    expect(store.applyImport(planOf(store, file({ [ENGAGEMENTS]: theirs })), 'merge')).toEqual({ ok: true });
    expect(storage.data.get(ENGAGEMENTS)).toBe(newer);
    expect([...storage.data.values()]).toContain(theirs);
  });

  it('sets a value of an unknown kind aside rather than write over the one here', () => {
    const key = 'handoff-handbook:v1:future-kind:x';
    const { storage, store } = browser();
    storage.data.set(key, 'mine');
    expect(store.applyImport(planOf(store, file({ [key]: 'theirs' })), 'merge')).toEqual({ ok: true });
    expect(storage.data.get(key)).toBe('mine');
    expect([...storage.data.values()]).toContain('theirs');
  });
});

describe('the copy an import keeps', () => {
  for (const mode of ['merge', 'replace'] as const) {
    it(`${mode}: puts everything back, in every open slot, and is gone once used`, () => {
      const { storage, store } = browser();
      const before = ours(storage);
      const theirs = browser('Imported Client', NOW + 5).storage.data.get(ENGAGEMENTS)!;
      const other = 'handoff-handbook:v1:quarantine:other:x';
      storage.data.set(other, 'kept text');
      const withOther = ours(storage);
      expect(store.applyImport(planOf(store, file({ [ENGAGEMENTS]: theirs })), mode)).toEqual({ ok: true });
      expect(names(store)).toEqual(mode === 'merge' ? ['Fernhill Physio', 'Imported Client'] : ['Imported Client']);
      const copies = store.importCopies();
      expect(copies).toHaveLength(1);
      expect(copies[0]).toMatchObject({ mode, at: NOW });
      expect(store.restoreImport(copies[0]!.key)).toEqual({ ok: true });
      expect(names(store)).toEqual(['Fernhill Physio']);
      expect(ours(storage)).toEqual(withOther);
      expect(before[ENGAGEMENTS]).toBe(withOther[ENGAGEMENTS]);
      expect(store.importCopies()).toEqual([]);
    });
  }

  it('is removed when the reader dismisses it, and the import stays', () => {
    const { storage, store } = browser();
    const theirs = browser('Imported Client', NOW + 5).storage.data.get(ENGAGEMENTS)!;
    store.applyImport(planOf(store, file({ [ENGAGEMENTS]: theirs })), 'replace');
    const [copy] = store.importCopies();
    expect(store.settleEarlier([copy!.key], 'remove')).toEqual({ ok: true });
    expect([...storage.data.keys()].filter((k) => k.startsWith(IMPORT_COPY))).toEqual([]);
    expect(names(store)).toEqual(['Imported Client']);
  });

  it('an import that only adds keeps no copy (nothing of the reader’s was written over)', () => {
    const storage = memoryStorage();
    const store = createStore({ storage, now: () => NOW });
    const theirs = browser('Imported Client').storage.data.get(ENGAGEMENTS)!;
    store.applyImport(planOf(store, file({ [ENGAGEMENTS]: theirs })), 'merge');
    expect(store.importCopies()).toEqual([]);
  });

  it('without room for the copy, nothing is imported', () => {
    const { storage, store } = browser();
    const before = new Map(storage.data);
    const theirs = browser('Imported Client', NOW + 5).storage.data.get(ENGAGEMENTS)!;
    const plan = planOf(store, file({ [ENGAGEMENTS]: theirs }));
    const set = storage.setItem;
    storage.setItem = (k, v) => {
      if (k.startsWith(IMPORT_COPY)) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      set(k, v);
    };
    expect(store.applyImport(plan, 'merge')).toEqual({ ok: false, failure: 'full' });
    expect(new Map(storage.data)).toEqual(before);
  });

  it('a Replace keeps earlier import copies (they are not the reader’s data to replace)', () => {
    const { storage, store } = browser();
    const theirs = browser('Imported Client', NOW + 5).storage.data.get(ENGAGEMENTS)!;
    store.applyImport(planOf(store, file({ [ENGAGEMENTS]: theirs })), 'merge');
    const plan = planOf(store, file({ [ENGAGEMENTS]: theirs }));
    expect(plan.removedByReplace).toEqual([]);
    store.applyImport(plan, 'replace');
    expect([...storage.data.keys()].filter((k) => k.startsWith(IMPORT_COPY))).toHaveLength(2);
  });
});

describe('files the site cannot read', () => {
  it('a file from a newer version says it was made by a newer version', () => {
    const store = createStore({ storage: memoryStorage(), now: () => NOW });
    const preview = store.previewImport(JSON.stringify({ app: 'handoff-handbook', format: 3, things: {} }));
    expect(preview.ok).toBe(false);
    expect(preview.ok ? '' : preview.problem).toMatch(/made by a newer version of this site/);
  });
});

describe('5,000 engagements', () => {
  it('read in seconds, not minutes (each engagement’s last change found in one pass)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => plain(`e-n${String(i).padStart(7, '0')}`, `Client ${i}`));
    const storage = memoryStorage();
    createStore({ storage, now: () => NOW })
      .open(engagementsKind, 'all')
      .update(() => ({ engagements: many, current: '' }));
    const started = performance.now();
    const read = createStore({ storage, now: () => NOW })
      .open(engagementsKind, 'all')
      .read();
    expect(read.engagements).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
