/**
 * The one way into browser storage for every tool: open a slot, read it, update it, follow other
 * tabs, and know at every moment whether the last change was saved. Nothing else in the site
 * touches localStorage.
 *
 * - Every stored value is a doc of items with times (./lww.ts). Every update reads the latest
 *   stored value, merges it into this tab's copy, applies the change item by item, writes, and
 *   reads the write back: only then is it "saved". Another tab's write (a `storage` event) is
 *   merged in the same way, and written again when this tab holds changes it lacks, so two tabs
 *   converge and neither loses the other's changes, even when one read a stale copy.
 * - A clear or a Replace import starts a new generation (GENERATION_KEY): every tab drops what it
 *   held from the old one instead of merging it back, and values written under an old generation
 *   read as empty.
 * - Unreadable values are moved to a quarantine key and offered for download; values of a newer
 *   version are never overwritten. Export carries every key as stored text, and a Replace import
 *   writes it back byte for byte, all or nothing.
 *
 * Loaded after the islands hydrate (with the zod schemas it validates with), so it costs nothing
 * at first paint.
 */
import { canonical, diff, itemsOf, mergeDocs, sameDoc, type Doc } from './lww';
import { migrate, type AnyKind, type Kind } from './kind';
import { openStorage, writeFailureOf, type StorageLike } from './storage';
import { envelopeSchema, generationSchema, LATEST_TIME } from '../../schemas/stored';
import { checklistKind } from '../checklist/kind';
import { worksheetKind } from '../worksheet/kind';
import { quizKind } from '../quiz/kind';
import { diagnosticKind } from '../diagnostic/kind';
import { handoffRecordKind } from '../handoff-record/kind';
import { engagementsKind, ENGAGEMENTS_ID } from '../engagements/kind';
import { refileMoves } from '../engagements/refile';
import type { Engagement } from '../engagements/engagement';
import { healthKind } from '../engagements/health-kind';

export { checklistKind, worksheetKind, quizKind, diagnosticKind, handoffRecordKind, engagementsKind, healthKind };
// What a kept shared copy needs to add an engagement; this module's chunk holds them already.
export { createEngagement, engagementName } from '../engagements/engagement';
export { cryptoRandom } from '../engagements/ids';

/** Every key this site writes starts with this; keys of other sites on the origin are never touched. */
export const NAMESPACE = 'handoff-handbook:v1:';
export const QUARANTINE = `${NAMESPACE}quarantine:`;
/** Where a value's text is kept, untouched, when it is first rewritten at a newer version. */
export const EARLIER = `${NAMESPACE}earlier:`;
/**
 * Where a Merge or Replace import keeps what it changed (an earlier copy of its own): every key it
 * wrote over or removed, as it was, and every key it added, so the reader can put it all back
 * until they dismiss the copy (`settleEarlier(…, 'remove')`).
 */
export const IMPORT_COPY = `${EARLIER}import:`;
/** The earlier copies the reader chose to keep: their keys and fingerprints, so the question is not asked again. */
export const EARLIER_KEPT = `${NAMESPACE}earlier-kept`;
/** Which generation the stored data belongs to; changed by a clear or a Replace import. */
export const GENERATION_KEY = `${NAMESPACE}generation`;

export const dataKey = (kind: string, id: string) => `${NAMESPACE}${kind}:${id}`;

/** Why a change was not saved. */
export type Failure = 'unavailable' | 'full' | 'locked' | 'unverified' | 'too-large';

/** How long a deletion is remembered, so a tab that still holds the item does not bring it back. */
export const TOMBSTONE_MS = 30 * 24 * 60 * 60 * 1000;
/** Why a stored value could not be used. */
export type KeptReason = 'not-json' | 'wrong-shape' | 'newer-version' | 'migration-failed';

/** A stored value the code could not use, kept so nothing is lost; `raw` is offered as a download. */
export interface Kept {
  reason: KeptReason;
  /** Where the raw value now lives: the quarantine key, or the original key when it stayed put. */
  key: string;
  raw: string;
}

/** The truth about one slot: when what is shown was last saved, or why the last change was not. */
export interface SlotStatus {
  /** When the stored value was written (and, for a write here, read back). */
  savedAt?: number;
  failure?: Failure | undefined;
  kept?: Kept;
  /** Set when this tab rewrote an older version's value at the current one: where the old text is kept. */
  upgraded?: { from: number; key: string; raw: string };
}

export interface Slot<S> {
  readonly key: string;
  read(): S;
  status(): SlotStatus;
  /** Applies a change to the latest stored state and saves it. */
  update(change: (state: S) => S): SlotStatus;
  /** Called whenever another tab, an import or a clear changes what the slot holds. */
  subscribe(listener: () => void): () => void;
}

export type Result = { ok: true } | { ok: false; failure: Failure };

export interface ImportPlan {
  /** Key → the stored text to write. */
  writes: Record<string, string>;
  added: string[];
  changed: string[];
  unchanged: string[];
  /** Keys that "replace" would remove because the file does not have them. */
  removedByReplace: string[];
  /**
   * Keys a Merge keeps aside instead of writing (under a quarantine key, nothing lost): a value
   * from a newer version, or of a kind this version does not know, where this browser holds a
   * value of its own. Counted in none of the lists above; a Replace writes them as they are.
   */
  setAside: string[];
  /** This browser's stored text of every key in the lists above, so a preview can say in words what Replace removes. */
  here: Record<string, string>;
}

/** What a Merge or Replace import changed, kept under IMPORT_COPY until the reader dismisses it. */
export interface ImportCopy {
  key: string;
  /** When the import ran. */
  at: number;
  mode: 'replace' | 'merge';
  /** How many stored values putting it back would change. */
  count: number;
}
export type ImportPreview = { ok: true; plan: ImportPlan } | { ok: false; problem: string };

export interface Store {
  open<S>(kind: Kind<S>, id: string): Slot<S>;
  /** The export file's text: every stored key of this site, as stored. */
  exportText(): string;
  previewImport(text: string): ImportPreview;
  /**
   * All or nothing: on any failed write, storage is put back as it was. What it changed is kept
   * first as an import copy (see IMPORT_COPY); when even that does not fit, nothing is imported.
   */
  applyImport(plan: ImportPlan, mode: 'replace' | 'merge'): Result;
  /** The copies imports kept of what they changed, newest first. */
  importCopies(): ImportCopy[];
  /** Puts back what an import changed (as a Replace: every tab drops what it held), then removes the copy. */
  restoreImport(key: string): Result;
  clearAll(): Result;
  /** Feed `storage` events from other tabs here; a null key means storage was cleared. */
  handleStorageEvent(key: string | null): void;
  /** The namespaced keys, data and quarantine alike. */
  keys(): string[];
  /**
   * When each item of the current data was last set (deletions included), for the backup
   * reminder; values of kinds `skip` names (the backup record itself) are left out.
   */
  changeTimes(skip?: readonly string[]): number[];
  /** The copies kept from before a version change (EARLIER keys), and whether the reader chose to keep them. */
  earlierCopies(): { key: string; raw: string; kept: boolean }[];
  /** The reader's answer for these copies: keep them (and stop asking) or remove them. */
  settleEarlier(keys: readonly string[], choice: 'keep' | 'remove'): Result;
}

export interface StoreOptions {
  /** The storage to use, or null when the browser refused it. */
  storage: StorageLike | null;
  now: () => number;
  /** Every kind this site stores, so imports can be checked. */
  kinds?: readonly AnyKind[];
  random?: () => number;
}

interface Generation {
  epoch: number;
  /** Key → fingerprint of the value a Replace import wrote there. */
  imported: Record<string, string>;
}

/** A short fingerprint of a stored text (FNV-1a, with the length). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${h.toString(36)}.${text.length.toString(36)}`;
}
interface Envelope {
  version: number;
  savedAt: number;
  epoch?: number | undefined;
  data: unknown;
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

type Read = { ok: true; doc: Doc; envelope: Envelope } | { ok: false; reason: KeptReason };

/** Validates a stored text against its kind: the doc at the current version, or why not. */
export function readValue(kind: Kind<unknown>, raw: string): Read {
  const json = parseJson(raw);
  if (!json.ok) return { ok: false, reason: 'not-json' };
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) return { ok: false, reason: 'wrong-shape' };
  if (envelope.data.version > kind.version) return { ok: false, reason: 'newer-version' };
  let data: unknown;
  try {
    data = migrate(kind, envelope.data.version, envelope.data.data);
  } catch {
    return { ok: false, reason: 'migration-failed' };
  }
  const doc = kind.schema.safeParse(data);
  return doc.success
    ? { ok: true, doc: doc.data as Doc, envelope: envelope.data }
    : { ok: false, reason: 'wrong-shape' };
}

/**
 * Import writes in this order: the engagements list before the runs that name its engagements.
 * Other tabs hear the writes one key at a time; a run arriving first would name an engagement the
 * tab does not know yet, and the tab would adopt it with a fresh write over the imported list.
 */
function registryFirst(writes: Record<string, string>): [string, string][] {
  const registry = dataKey('engagements', '');
  return Object.entries(writes).sort(([a], [b]) => Number(!a.startsWith(registry)) - Number(!b.startsWith(registry)));
}

export function createStore({ storage, now, kinds = allKinds, random = Math.random }: StoreOptions): Store {
  const slots = new Map<string, SlotState>();

  const get = (key: string): string | null => (storage ? storage.getItem(key) : null);
  /** Writes and reads back; undefined when the text is now stored. */
  const put = (key: string, text: string): Failure | undefined => {
    if (!storage) return 'unavailable';
    try {
      storage.setItem(key, text);
    } catch (error) {
      return writeFailureOf(error);
    }
    try {
      return storage.getItem(key) === text ? undefined : 'unverified';
    } catch {
      return 'unavailable';
    }
  };
  const remove = (key: string): Failure | undefined => {
    if (!storage) return 'unavailable';
    try {
      storage.removeItem(key);
      return storage.getItem(key) === null ? undefined : 'unverified';
    } catch (error) {
      return writeFailureOf(error);
    }
  };
  const namespacedKeys = (): string[] => {
    const out: string[] = [];
    try {
      for (let i = 0; storage && i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null && key.startsWith(NAMESPACE)) out.push(key);
      }
    } catch {
      // Storage refused: nothing to list.
    }
    return out;
  };
  /** The newest generation this tab has seen: generations only move forward. */
  let known: Generation = { epoch: 0, imported: {} };
  const generation = (): Generation => {
    let stored: Generation = { epoch: 0, imported: {} };
    try {
      const raw = get(GENERATION_KEY);
      const json = raw === null ? undefined : parseJson(raw);
      const parsed = json?.ok ? generationSchema.safeParse(json.value) : undefined;
      if (parsed?.success) stored = parsed.data;
    } catch {
      // Unreadable storage reads as the first generation.
    }
    // An older marker (two tabs cleared at once, or storage was wiped): put the newer one back.
    if (stored.epoch < known.epoch) put(GENERATION_KEY, JSON.stringify(known));
    else known = stored;
    return known;
  };
  const nextGeneration = (imported: Record<string, string>): Generation => ({
    epoch: Math.max(generation().epoch + 1, Math.min(now(), LATEST_TIME) * 1024 + Math.floor(random() * 1024)),
    imported,
  });
  /** Whether a stored value belongs to the current generation. */
  const current = (g: Generation, key: string, raw: string, epoch: number | undefined) =>
    (epoch ?? 0) === g.epoch || (Object.hasOwn(g.imported, key) && g.imported[key] === fingerprint(raw));

  /** Moves an unreadable value to a timestamped quarantine key; null if it had to stay put. */
  const quarantine = (key: string, raw: string): string | null => {
    const base = `${QUARANTINE}${key.slice(NAMESPACE.length)}:${new Date(Math.min(now(), LATEST_TIME)).toISOString()}`;
    let target = base;
    for (let n = 2; get(target) !== null; n++) target = `${base}-${n}`;
    if (put(target, raw)) return null;
    if (remove(key)) {
      remove(target);
      return null;
    }
    return target;
  };

  interface SlotState {
    kind: AnyKind;
    key: string;
    replica: Doc;
    epoch: number;
    locked: boolean;
    status: SlotStatus;
    listeners: Set<() => void>;
    /** The stored text of an older version, until its copy is kept and the value rewritten. */
    older?: { version: number; raw: string } | undefined;
  }

  /** Merges the latest stored value into the slot's copy; returns the stored doc (or null when unreadable). */
  const sync = (s: SlotState): Doc | null => {
    const g = generation();
    if (g.epoch !== s.epoch) {
      s.replica = {};
      s.epoch = g.epoch;
      s.status = {};
    }
    let raw: string | null;
    try {
      if (!storage) throw new Error('no storage');
      raw = get(s.key);
    } catch {
      s.status = { ...s.status, failure: 'unavailable' };
      return null;
    }
    s.locked = false;
    if (raw === null) return {};
    const read = readValue(s.kind, raw);
    if (read.ok) {
      // A value written under a generation that was since cleared or replaced reads as empty.
      if (!current(g, s.key, raw, read.envelope.epoch)) return {};
      s.replica = mergeDocs(s.replica, read.doc);
      s.older = read.envelope.version < s.kind.version ? { version: read.envelope.version, raw } : undefined;
      if (s.status.savedAt === undefined || read.envelope.savedAt > s.status.savedAt)
        s.status = { ...s.status, savedAt: read.envelope.savedAt };
      return read.doc;
    }
    if (read.reason === 'newer-version') {
      s.locked = true;
      s.status = { ...s.status, kept: { reason: read.reason, key: s.key, raw } };
      return null;
    }
    const moved = quarantine(s.key, raw);
    s.status = { ...s.status, kept: { reason: read.reason, key: moved ?? s.key, raw } };
    if (moved === null) {
      s.locked = true;
      return null;
    }
    return {};
  };

  /** Writes the slot's copy; records in its status whether that held. */
  const save = (s: SlotState, at: number) => {
    if (s.locked) {
      s.status = { ...s.status, failure: 'locked' };
      return;
    }
    // Deletions older than a month have reached every tab that is still open; drop them.
    s.replica = Object.fromEntries(
      Object.entries(s.replica).map(([n, m]) => [
        n,
        Object.fromEntries(Object.entries(m).filter(([, e]) => e[1] !== null || e[0] > at - TOMBSTONE_MS)),
      ]),
    );
    // Never write what a read would refuse (past a size limit): that would lose it on the next load.
    if (!s.kind.schema.safeParse(s.replica).success) {
      s.status = { ...s.status, failure: 'too-large' };
      return;
    }
    const older = s.older;
    let copy: string | undefined;
    if (older) {
      // The older text is kept under its own key first; if that fails, the old value stays put.
      const base = `${EARLIER}v${older.version}:${s.key.slice(NAMESPACE.length)}`;
      copy = base;
      for (let n = 2; get(copy) !== null && get(copy) !== older.raw; n++) copy = `${base}-${n}`;
      const kept = get(copy) === older.raw ? undefined : put(copy, older.raw);
      if (kept) {
        s.status = { ...s.status, failure: kept };
        return;
      }
    }
    const text = JSON.stringify({ version: s.kind.version, savedAt: at, epoch: s.epoch, data: canonical(s.replica) });
    const failure = put(s.key, text);
    if (!failure && older && copy) {
      s.older = undefined;
      s.status = { ...s.status, upgraded: { from: older.version, key: copy, raw: older.raw } };
    }
    s.status = failure ? { ...s.status, failure } : { ...s.status, failure: undefined, savedAt: at };
  };

  const notify = (s: SlotState) => {
    for (const l of s.listeners) l();
  };

  const reset = (s: SlotState) => {
    s.replica = {};
    s.epoch = generation().epoch;
    s.locked = false;
    s.status = {};
    sync(s);
    if (!storage) s.status = { ...s.status, failure: 'unavailable' };
  };

  /** Applies a change to the latest stored state of a slot and saves it; listeners are told by the caller. */
  const apply = (state: SlotState, change: (state: unknown) => unknown): SlotStatus => {
    const kind = state.kind;
    const at = Math.min(Math.max(now(), 0), LATEST_TIME);
    const stored = storage ? sync(state) : null;
    const before = itemsOf(state.replica);
    const after = kind.items(change(kind.view(state.replica)), at);
    const changes = diff(state.replica, before, after, at);
    state.replica = mergeDocs(state.replica, changes);
    // A change that changes nothing, on a value already stored as it is, is not written again.
    const unchanged =
      Object.keys(changes).length === 0 &&
      stored &&
      sameDoc(stored, state.replica) &&
      !state.status.failure &&
      !state.older &&
      !state.locked;
    if (!storage) state.status = { ...state.status, failure: 'unavailable' };
    else if (!unchanged) save(state, at);
    return state.status;
  };

  /** The stored engagements as last read, by the text they were read from (5,000 take a while to read). */
  let engagementsRead: { raw: string | null; epoch: number; list: Engagement[] } | undefined;
  /** The stored engagements, as every tab reads them now (none when the list cannot be read). */
  const storedEngagements = (): Engagement[] => {
    const key = dataKey(engagementsKind.name, ENGAGEMENTS_ID);
    let raw: string | null;
    try {
      raw = get(key);
    } catch {
      return []; // Storage refused: nothing to file anything under.
    }
    const g = generation();
    if (engagementsRead?.raw === raw && engagementsRead.epoch === g.epoch) return engagementsRead.list;
    const read = raw === null ? undefined : readValue(engagementsKind, raw);
    const list =
      read?.ok && current(g, key, raw!, read.envelope.epoch) ? engagementsKind.view(read.doc).engagements : [];
    engagementsRead = { raw, epoch: g.epoch, list };
    return list;
  };

  /**
   * Files data saved before engagements existed under the engagement of the same name the reader
   * already has, instead of a second engagement of that name (../engagements/refile.ts). Runs each
   * time the slot's value is read anew; once moved, nothing is left to move.
   */
  const refile = (s: SlotState) => {
    const hook = s.kind.refile;
    if (!hook || !storage || s.locked) return;
    const moves = refileMoves(storedEngagements(), hook.found(s.kind.view(s.replica)));
    if (moves.size > 0) apply(s, (state) => [...moves].reduce((st, [from, to]) => hook.move(st, from, to), state));
  };

  const open = <S>(kind: Kind<S>, id: string): Slot<S> => {
    const key = dataKey(kind.name, id);
    let s = slots.get(key);
    if (!s) {
      s = { kind, key, replica: {}, epoch: generation().epoch, locked: false, status: {}, listeners: new Set() };
      slots.set(key, s);
      reset(s);
      // A value of an older version is rewritten at once (its text kept), so every tab reads the new shape.
      if (s.older) save(s, Math.min(Math.max(now(), 0), LATEST_TIME));
      refile(s);
    }
    const state = s;
    return {
      key,
      read: () => kind.view(state.replica),
      status: () => state.status,
      update(change) {
        const status = apply(state, change as (state: unknown) => unknown);
        notify(state);
        return status;
      },
      subscribe(listener) {
        state.listeners.add(listener);
        return () => state.listeners.delete(listener);
      },
    };
  };

  const kindOf = (key: string) => {
    if (!key.startsWith(NAMESPACE) || key.startsWith(QUARANTINE) || key === GENERATION_KEY) return undefined;
    const rest = key.slice(NAMESPACE.length);
    const name = rest.slice(0, rest.indexOf(':'));
    return rest.includes(':') ? kinds.find((k) => k.name === name) : undefined;
  };

  const resetAll = () => {
    for (const s of slots.values()) reset(s);
    // After every slot is read anew: an import may have brought both old data and engagements.
    for (const s of slots.values()) {
      refile(s);
      notify(s);
    }
  };

  /** Puts every namespaced key back as it was; false if even that failed. */
  const restore = (snapshot: Map<string, string>): boolean => {
    let ok = true;
    for (const key of namespacedKeys()) if (!snapshot.has(key) && remove(key)) ok = false;
    for (const [key, raw] of snapshot) if (get(key) !== raw && put(key, raw)) ok = false;
    return ok;
  };
  /** Key → fingerprint of each earlier copy the reader chose to keep. */
  const keptEarlier = (): Record<string, string> => {
    const json = parseJson(get(EARLIER_KEPT) ?? '{}');
    const value = json.ok ? json.value : {};
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string'))
      : {};
  };
  const snapshot = () => new Map(namespacedKeys().map((k) => [k, get(k) ?? '']));
  /** Whether a Merge can merge this value: a kind this version knows, at a version it reads. */
  const understood = (key: string, raw: string) => {
    const kind = kindOf(key);
    return kind !== undefined && readValue(kind, raw).ok;
  };
  /**
   * Makes storage hold `writes` and nothing else of this site (import copies apart), starting a new
   * generation first so other tabs drop what they hold before the data arrives. Stops at the first
   * failure; returns each key it touched with its result.
   */
  const replaceWith = (writes: Record<string, string>): [string, Failure | undefined][] => {
    const done: [string, Failure | undefined][] = [];
    const imported = Object.fromEntries(
      Object.entries(writes)
        .filter(([k]) => kindOf(k))
        .map(([k, raw]) => [k, fingerprint(raw)]),
    );
    const marker = put(GENERATION_KEY, JSON.stringify(nextGeneration(imported)));
    if (marker) return [[GENERATION_KEY, marker]];
    for (const key of namespacedKeys()) {
      if (key === GENERATION_KEY || key.startsWith(IMPORT_COPY) || Object.hasOwn(writes, key)) continue;
      const f = remove(key);
      done.push([key, f]);
      if (f) return done;
    }
    for (const [key, raw] of registryFirst(writes)) {
      const f = get(key) === raw ? undefined : put(key, raw);
      done.push([key, f]);
      if (f) return done;
    }
    return done;
  };
  /** An import copy's text, read back; undefined when it is not one. */
  const importCopyOf = (raw: string | null) => {
    const json = raw === null ? undefined : parseJson(raw);
    const v = (json?.ok ? json.value : undefined) as
      { exportedAt?: unknown; import?: unknown; keys?: unknown; absent?: unknown } | undefined;
    if (typeof v !== 'object' || v === null || typeof v.exportedAt !== 'number') return undefined;
    if (v.import !== 'merge' && v.import !== 'replace') return undefined;
    const keys = v.keys;
    if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) return undefined;
    const ours = (k: unknown): k is string =>
      typeof k === 'string' && k.startsWith(NAMESPACE) && k !== GENERATION_KEY && !k.startsWith(IMPORT_COPY);
    if (!Object.entries(keys).every(([k, t]) => ours(k) && typeof t === 'string')) return undefined;
    if (!Array.isArray(v.absent) || !v.absent.every(ours)) return undefined;
    return {
      at: v.exportedAt,
      mode: v.import as ImportCopy['mode'],
      keys: keys as Record<string, string>,
      absent: v.absent as string[],
    };
  };

  return {
    open,
    keys: namespacedKeys,
    changeTimes(skip = []) {
      const g = generation();
      const times: number[] = [];
      for (const key of namespacedKeys()) {
        const kind = kindOf(key);
        const raw = kind && !skip.includes(kind.name) ? get(key) : null;
        const read = raw === null ? undefined : readValue(kind!, raw);
        if (!read?.ok || !current(g, key, raw!, read.envelope.epoch)) continue;
        for (const map of Object.values(read.doc)) for (const [at] of Object.values(map)) times.push(at);
      }
      return times;
    },
    exportText() {
      const keys: Record<string, string> = {};
      for (const key of namespacedKeys()) {
        if (key === GENERATION_KEY) continue;
        const raw = get(key);
        if (raw === null) continue;
        const kind = kindOf(key);
        const read = kind && readValue(kind, raw);
        // The site must accept its own export, so an unreadable value goes out set aside.
        if (read && !read.ok && read.reason !== 'newer-version') {
          const moved = quarantine(key, raw);
          if (moved) {
            if (key !== moved) keys[moved] = raw;
          } else keys[`${QUARANTINE}${key.slice(NAMESPACE.length)}:export`] = raw;
          continue;
        }
        keys[key] = raw;
      }
      return JSON.stringify({ app: 'handoff-handbook', format: 2, exportedAt: now(), keys }, null, 2);
    },
    previewImport(text) {
      const json = parseJson(text);
      if (!json.ok) return { ok: false, problem: 'The file is not JSON.' };
      const file = json.value as { app?: unknown; format?: unknown; keys?: unknown; entries?: unknown; kept?: unknown };
      const isMap = (v: unknown): v is Record<string, unknown> =>
        typeof v === 'object' && v !== null && !Array.isArray(v);
      if (!isMap(file) || file.app !== 'handoff-handbook')
        return { ok: false, problem: 'The file is not an export from this site.' };
      if (typeof file.format === 'number' && file.format > 2)
        return {
          ok: false,
          problem:
            'The file was made by a newer version of this site, which this page cannot read. Reload the page to get the newest version, then import the file again.',
        };
      const writes: Record<string, string> = {};
      if (file.format === 2 && isMap(file.keys)) {
        for (const [key, raw] of Object.entries(file.keys)) {
          if (typeof raw !== 'string') return { ok: false, problem: `The entry ${key} is not stored text.` };
          writes[key] = raw;
        }
      } else if (file.format === 1 && isMap(file.entries)) {
        // The first export format: parsed values, and unreadable ones as text.
        for (const [key, value] of Object.entries(file.entries)) writes[key] = JSON.stringify(value);
        for (const [key, raw] of Object.entries(isMap(file.kept) ? file.kept : {}))
          if (typeof raw === 'string') writes[key] = raw;
      } else return { ok: false, problem: 'The file is not an export from this site.' };
      for (const [key, raw] of Object.entries(writes)) {
        if (!key.startsWith(NAMESPACE) || key === GENERATION_KEY)
          return { ok: false, problem: `The file has an entry this site does not store: ${key}` };
        const kind = kindOf(key);
        if (!kind) continue; // Set-aside copies, and kinds of a newer version, go back as they were.
        const read = readValue(kind, raw);
        if (!read.ok && read.reason !== 'newer-version')
          return { ok: false, problem: `The entry ${key} cannot be read (${read.reason}).` };
      }
      const current = new Map(
        namespacedKeys()
          .filter((k) => k !== GENERATION_KEY && !k.startsWith(IMPORT_COPY))
          .map((k) => [k, get(k)]),
      );
      const plan: ImportPlan = {
        writes,
        added: [],
        changed: [],
        unchanged: [],
        removedByReplace: [],
        setAside: [],
        here: {},
      };
      for (const [key, stored] of Object.entries(writes)) {
        const here = current.get(key);
        if (here !== undefined && here !== null && here !== stored && !understood(key, stored)) plan.setAside.push(key);
        else if (here === undefined || here === null) plan.added.push(key);
        else if (here === stored) plan.unchanged.push(key);
        else plan.changed.push(key);
      }
      plan.removedByReplace = [...current.keys()].filter((k) => !Object.hasOwn(writes, k));
      for (const [key, stored] of current) if (stored !== null) plan.here[key] = stored;
      return { ok: true, plan };
    },
    applyImport(plan, mode) {
      if (!storage) return { ok: false, failure: 'unavailable' };
      const before = snapshot();
      const at = Math.min(now(), LATEST_TIME);
      /** Key → its text before this import (null: it was not there), for the import copy. */
      const was = new Map<string, string | null>();
      let failure: Failure | undefined;
      const step = (f: Failure | undefined) => (failure ??= f);
      const write = (key: string, text: string) => {
        if (!was.has(key)) was.set(key, get(key));
        if (get(key) !== text) step(put(key, text));
      };
      if (mode === 'replace') {
        for (const [key, f] of replaceWith(plan.writes)) {
          if (!was.has(key)) was.set(key, before.get(key) ?? null);
          step(f);
        }
      } else {
        const g = generation();
        const stamp = new Date(at).toISOString();
        /** Keeps a value the merge cannot merge under a quarantine key of its own: nothing lost, nothing written over. */
        const setAside = (key: string, raw: string) => {
          const base = `${QUARANTINE}${key.slice(NAMESPACE.length)}:${stamp}`;
          let target = base;
          for (let n = 2; get(target) !== null && get(target) !== raw; n++) target = `${base}-${n}`;
          write(target, raw);
        };
        for (const [key, raw] of registryFirst(plan.writes)) {
          if (failure) break;
          const here = get(key);
          const kind = kindOf(key);
          const incoming = kind && readValue(kind, raw);
          if (!kind || !incoming?.ok) {
            // A value this version cannot merge (a newer version's, a kind it does not know, a set-aside
            // copy) goes where nothing is, and beside the reader's own value where one is.
            if (here === null) write(key, raw);
            else if (here !== raw) setAside(key, raw);
            continue;
          }
          const stored = here === null ? undefined : readValue(kind, here);
          if (stored && !stored.ok) {
            // A newer version's value here stays as it is; the file's value is kept beside it.
            if (stored.reason === 'newer-version') {
              setAside(key, raw);
              continue;
            }
            // An unreadable value here is moved aside before the file's value takes its place.
            setAside(key, here!);
            if (failure) break;
          }
          const doc =
            stored?.ok && current(g, key, here!, stored.envelope.epoch)
              ? mergeDocs(stored.doc, incoming.doc)
              : incoming.doc;
          write(key, JSON.stringify({ version: kind.version, savedAt: at, epoch: g.epoch, data: canonical(doc) }));
        }
      }
      // What the import wrote over or removed is kept before it counts as done: without room for the
      // copy, nothing is imported. An import that only added keys lost nothing and keeps no copy.
      const changed = [...was].filter(([key, text]) => get(key) !== text);
      if (!failure && changed.some(([, text]) => text !== null)) {
        const copy = {
          app: 'handoff-handbook',
          format: 2,
          exportedAt: at,
          import: mode,
          keys: Object.fromEntries(changed.filter(([, text]) => text !== null)),
          absent: changed.filter(([, text]) => text === null).map(([key]) => key),
        };
        const base = `${IMPORT_COPY}${new Date(at).toISOString()}`;
        let key = base;
        for (let n = 2; get(key) !== null; n++) key = `${base}-${n}`;
        step(put(key, JSON.stringify(copy)));
      }
      if (failure) {
        restore(before);
        resetAll();
        return { ok: false, failure };
      }
      resetAll();
      return { ok: true };
    },
    importCopies() {
      return namespacedKeys()
        .filter((k) => k.startsWith(IMPORT_COPY))
        .flatMap((key) => {
          const copy = importCopyOf(get(key));
          return copy
            ? [{ key, at: copy.at, mode: copy.mode, count: Object.keys(copy.keys).length + copy.absent.length }]
            : [];
        })
        .sort((a, b) => b.at - a.at || (a.key < b.key ? 1 : -1));
    },
    restoreImport(key) {
      if (!storage) return { ok: false, failure: 'unavailable' };
      const copy = key.startsWith(IMPORT_COPY) ? importCopyOf(get(key)) : undefined;
      if (!copy) return { ok: false, failure: 'unverified' };
      const before = snapshot();
      const target = new Map(
        namespacedKeys()
          .filter((k) => k !== GENERATION_KEY && !k.startsWith(IMPORT_COPY))
          .map((k) => [k, get(k) ?? '']),
      );
      for (const k of copy.absent) target.delete(k);
      for (const [k, text] of Object.entries(copy.keys)) target.set(k, text);
      let failure: Failure | undefined;
      for (const [, f] of replaceWith(Object.fromEntries(target))) failure ??= f;
      failure ??= remove(key);
      if (failure) restore(before);
      resetAll();
      return failure ? { ok: false, failure } : { ok: true };
    },
    clearAll() {
      if (!storage) return { ok: false, failure: 'unavailable' };
      let failure = put(GENERATION_KEY, JSON.stringify(nextGeneration({})));
      const retryGeneration = failure !== undefined;
      for (const key of namespacedKeys()) if (key !== GENERATION_KEY) failure = remove(key) ?? failure;
      // When storage was too full for the marker, write it once the data is gone.
      if (retryGeneration)
        failure = put(GENERATION_KEY, JSON.stringify(nextGeneration({}))) ?? (failure === 'full' ? undefined : failure);
      resetAll();
      return failure ? { ok: false, failure } : { ok: true };
    },
    earlierCopies() {
      const kept = keptEarlier();
      return namespacedKeys()
        .filter((k) => k.startsWith(EARLIER))
        .sort()
        .flatMap((key) => {
          const raw = get(key);
          return raw === null ? [] : [{ key, raw, kept: kept[key] === fingerprint(raw) }];
        });
    },
    settleEarlier(keys, choice) {
      if (!storage) return { ok: false, failure: 'unavailable' };
      const kept = keptEarlier();
      let failure: Failure | undefined;
      for (const key of keys) {
        if (!key.startsWith(EARLIER)) continue;
        const raw = get(key);
        if (choice === 'remove') {
          failure = remove(key) ?? failure;
          delete kept[key];
        } else if (raw !== null) kept[key] = fingerprint(raw);
      }
      const live = Object.fromEntries(Object.entries(kept).filter(([k]) => get(k) !== null));
      failure =
        (Object.keys(live).length > 0 ? put(EARLIER_KEPT, JSON.stringify(live)) : remove(EARLIER_KEPT)) ?? failure;
      return failure ? { ok: false, failure } : { ok: true };
    },
    handleStorageEvent(key) {
      if (key === null || key === GENERATION_KEY) return resetAll();
      const s = slots.get(key);
      if (s) {
        const stored = sync(s);
        // This tab holds changes the stored value lacks (its write was raced): write the merge back.
        if (stored && storage && !s.locked && !sameDoc(stored, s.replica))
          save(s, Math.min(Math.max(now(), 0), LATEST_TIME));
        refile(s);
        notify(s);
      }
      // Another tab changed the engagements: data this tab holds may now have an engagement to go to.
      if (key === dataKey(engagementsKind.name, ENGAGEMENTS_ID))
        for (const other of slots.values()) {
          const before = other.replica;
          refile(other);
          if (other.replica !== before) notify(other);
        }
    },
  };
}

const allKinds: readonly AnyKind[] = [
  checklistKind,
  worksheetKind(),
  quizKind,
  diagnosticKind,
  handoffRecordKind,
  engagementsKind,
  healthKind,
];

let shared: Store | undefined;

/**
 * The page's one store over this browser's localStorage, shared by every island on the page so
 * an import or a clear here reaches them all; `storage` events bring other tabs' changes.
 */
export function browserStore(): Store {
  if (!shared) {
    const store = (shared = createStore({ storage: openStorage(() => window.localStorage), now: Date.now }));
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key.startsWith(NAMESPACE)) store.handleStorageEvent(event.key);
    });
  }
  return shared;
}
