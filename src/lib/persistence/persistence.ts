import { migrate, type Kind } from './kind';
import { writeFailureOf, type StorageLike, type WriteFailure } from './storage';
import { isNumber, recordOf, shape } from './validate';

/** Every key this site writes starts with this; keys of other sites on the origin are never touched. */
export const NAMESPACE = 'handoff-handbook:v1:';
const QUARANTINE = `${NAMESPACE}quarantine:`;

/** What is stored under a data key: the data with the version it was written at. */
/** Exported for the test that holds it to the zod envelope schema. */
export const isEnvelope = shape({ version: (v) => Number.isSafeInteger(v) && (v as number) >= 0, savedAt: isNumber, data: () => true });
interface Envelope {
  version: number;
  savedAt: number;
  data: unknown;
}

/** Why a stored value could not be used. */
export type KeptReason = 'not-json' | 'wrong-shape' | 'newer-version';

/** A stored value the code could not use, kept so nothing is lost; `raw` is offered as a download. */
export interface Kept {
  reason: KeptReason;
  /** Where the raw value now lives: the quarantine key, or the original key when it stayed put. */
  key: string;
  raw: string;
}

export type LoadStatus = 'empty' | 'loaded' | 'migrated' | 'quarantined' | 'newer' | 'unavailable';

export interface Loaded<T> {
  value: T;
  status: LoadStatus;
  /** False when changes live only in memory: no storage, or a stored value that must not be overwritten. */
  saving: boolean;
  kept?: Kept;
  /** When the value was last written, in ms since the epoch. */
  savedAt?: number;
}

export type SaveResult = { saved: true } | { saved: false; reason: WriteFailure | 'locked' };

export interface Slot<T> {
  readonly key: string;
  load(): Loaded<T>;
  save(value: T): SaveResult;
  /** Called with a fresh load whenever another tab (or an import or clear here) changes storage. */
  subscribe(listener: (loaded: Loaded<T>) => void): () => void;
}

/** One JSON document holding everything this site saved in this browser. */
export interface ExportDocument {
  app: 'handoff-handbook';
  format: 1;
  exportedAt: number;
  entries: Record<string, unknown>;
  kept: Record<string, string>;
}

const isExport = shape({ app: (v) => v === 'handoff-handbook', format: (v) => v === 1, entries: recordOf(() => true) });

export interface ImportPlan {
  /** Key → the stored text to write. */
  writes: Record<string, string>;
  added: string[];
  changed: string[];
  unchanged: string[];
  /** Keys that "replace" would remove because the file does not have them. */
  removedByReplace: string[];
}

export type ImportPreview = { ok: true; plan: ImportPlan } | { ok: false; problem: string };

/** The shape of a `storage` event that this layer needs. */
export interface StorageChange {
  key: string | null;
}

export interface PersistenceOptions {
  /** The storage to use, or null when the browser refused it. */
  storage: StorageLike | null;
  now: () => number;
  /** Every kind this site stores, so imports can be validated. */
  kinds: readonly Kind<any>[];
}

export interface Persistence {
  slot<T>(kind: Kind<T>, id: string): Slot<T>;
  exportAll(): ExportDocument;
  previewImport(text: string): ImportPreview;
  applyImport(plan: ImportPlan, mode: 'replace' | 'merge'): SaveResult;
  clearAll(): SaveResult;
  /** Feed `storage` events from other tabs here; a null key means storage was cleared. */
  handleStorageChange(change: StorageChange): void;
  /** The namespaced keys, data and quarantine alike. */
  keys(): string[];
}

export const dataKey = (kind: string, id: string) => `${NAMESPACE}${kind}:${id}`;

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** Validates a stored text against its kind: the data at the current version, or why not. */
function readValue<T>(kind: Kind<T>, raw: string): { ok: true; value: T; version: number; savedAt: number } | { ok: false; reason: KeptReason } {
  const json = parseJson(raw);
  if (!json.ok) return { ok: false, reason: 'not-json' };
  if (!isEnvelope(json.value)) return { ok: false, reason: 'wrong-shape' };
  const { version, savedAt, data } = json.value as Envelope;
  if (version > kind.version) return { ok: false, reason: 'newer-version' };
  let migrated: unknown;
  try {
    migrated = migrate(kind, version, data);
  } catch {
    return { ok: false, reason: 'wrong-shape' };
  }
  const parsed = kind.schema.safeParse(migrated);
  if (!parsed.success) return { ok: false, reason: 'wrong-shape' };
  return { ok: true, value: parsed.data, version, savedAt };
}

export function createPersistence({ storage, now, kinds }: PersistenceOptions): Persistence {
  const listeners = new Map<string, Set<() => void>>();
  /** Keys that must not be written: a newer version, or an unreadable value that could not be moved. */
  const locked = new Set<string>();

  const namespacedKeys = (): string[] => {
    if (!storage) return [];
    const out: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null && key.startsWith(NAMESPACE)) out.push(key);
      }
    } catch {
      return out;
    }
    return out;
  };

  const write = (key: string, text: string): SaveResult => {
    if (!storage) return { saved: false, reason: 'unavailable' };
    try {
      storage.setItem(key, text);
      return { saved: true };
    } catch (error) {
      return { saved: false, reason: writeFailureOf(error) };
    }
  };

  const remove = (key: string): SaveResult => {
    if (!storage) return { saved: false, reason: 'unavailable' };
    try {
      storage.removeItem(key);
      return { saved: true };
    } catch (error) {
      return { saved: false, reason: writeFailureOf(error) };
    }
  };

  /** Moves an unreadable value to a timestamped quarantine key; false if it had to stay put. */
  const quarantine = (key: string, raw: string): string | null => {
    const base = `${QUARANTINE}${key.slice(NAMESPACE.length)}:${new Date(now()).toISOString()}`;
    let target = base;
    for (let n = 2; storage?.getItem(target) != null; n++) target = `${base}-${n}`;
    if (!write(target, raw).saved) return null;
    if (!remove(key).saved) {
      remove(target);
      return null;
    }
    return target;
  };

  const notify = (key: string | null) => {
    for (const [k, set] of listeners) if (key === null || k === key) for (const l of set) l();
  };

  const slot = <T>(kind: Kind<T>, id: string): Slot<T> => {
    const key = dataKey(kind.name, id);
    const load = (): Loaded<T> => {
      let raw: string | null;
      try {
        raw = storage ? storage.getItem(key) : null;
      } catch {
        return { value: kind.empty(), status: 'unavailable', saving: false };
      }
      if (!storage) return { value: kind.empty(), status: 'unavailable', saving: false };
      if (raw === null) {
        locked.delete(key);
        return { value: kind.empty(), status: 'empty', saving: true };
      }
      const read = readValue(kind, raw);
      if (read.ok) {
        locked.delete(key);
        const status = read.version < kind.version ? 'migrated' : 'loaded';
        return { value: read.value, status, saving: true, savedAt: read.savedAt };
      }
      if (read.reason === 'newer-version') {
        locked.add(key);
        return { value: kind.empty(), status: 'newer', saving: false, kept: { reason: read.reason, key, raw } };
      }
      const moved = quarantine(key, raw);
      if (moved === null) {
        locked.add(key);
        return { value: kind.empty(), status: 'quarantined', saving: false, kept: { reason: read.reason, key, raw } };
      }
      locked.delete(key);
      return { value: kind.empty(), status: 'quarantined', saving: true, kept: { reason: read.reason, key: moved, raw } };
    };
    return {
      key,
      load,
      save(value) {
        if (locked.has(key)) return { saved: false, reason: 'locked' };
        return write(key, JSON.stringify({ version: kind.version, savedAt: now(), data: value }));
      },
      subscribe(listener) {
        const set = listeners.get(key) ?? new Set();
        listeners.set(key, set);
        const run = () => listener(load());
        set.add(run);
        return () => set.delete(run);
      },
    };
  };

  const kindOf = (key: string) => {
    if (!key.startsWith(NAMESPACE) || key.startsWith(QUARANTINE)) return undefined;
    const rest = key.slice(NAMESPACE.length);
    const name = rest.slice(0, rest.indexOf(':'));
    return rest.includes(':') && rest.length > name.length + 1 ? kinds.find((k) => k.name === name) : undefined;
  };

  const dataKeys = () => namespacedKeys().filter((k) => !k.startsWith(QUARANTINE));

  return {
    slot,
    keys: namespacedKeys,
    exportAll() {
      const entries: Record<string, unknown> = {};
      const kept: Record<string, string> = {};
      for (const key of namespacedKeys()) {
        const raw = storage?.getItem(key) ?? null;
        if (raw === null) continue;
        const json = key.startsWith(QUARANTINE) ? { ok: false as const } : parseJson(raw);
        if (json.ok) entries[key] = json.value;
        else kept[key] = raw;
      }
      return { app: 'handoff-handbook', format: 1, exportedAt: now(), entries, kept };
    },
    previewImport(text) {
      const json = parseJson(text);
      if (!json.ok) return { ok: false, problem: 'The file is not JSON.' };
      if (!isExport(json.value)) return { ok: false, problem: 'The file is not an export from this site.' };
      const writes: Record<string, string> = {};
      for (const [key, value] of Object.entries((json.value as ExportDocument).entries)) {
        const kind = kindOf(key);
        if (!kind) return { ok: false, problem: `The file has an entry this site does not know: ${key}` };
        const stored = JSON.stringify(value);
        const read = readValue(kind, stored);
        if (!read.ok) return { ok: false, problem: `The entry ${key} cannot be read (${read.reason}).` };
        writes[key] = stored;
      }
      const current = new Map(dataKeys().map((k) => [k, storage?.getItem(k) ?? null]));
      const plan: ImportPlan = { writes, added: [], changed: [], unchanged: [], removedByReplace: [] };
      for (const [key, stored] of Object.entries(writes)) {
        const now = current.get(key);
        if (now === undefined || now === null) plan.added.push(key);
        else if (now === stored) plan.unchanged.push(key);
        else plan.changed.push(key);
      }
      plan.removedByReplace = [...current.keys()].filter((k) => !(k in writes));
      return { ok: true, plan };
    },
    applyImport(plan, mode) {
      let result: SaveResult = { saved: true };
      const fail = (r: SaveResult) => {
        if (!r.saved && result.saved) result = r;
      };
      if (mode === 'replace') for (const key of plan.removedByReplace) fail(remove(key));
      for (const [key, stored] of Object.entries(plan.writes)) {
        locked.delete(key);
        fail(write(key, stored));
      }
      notify(null);
      return result;
    },
    clearAll() {
      let result: SaveResult = { saved: true };
      for (const key of namespacedKeys()) {
        const r = remove(key);
        if (!r.saved && result.saved) result = r;
      }
      locked.clear();
      notify(null);
      return result;
    },
    handleStorageChange(change) {
      if (change.key === null || change.key.startsWith(NAMESPACE)) notify(change.key);
    },
  };
}
