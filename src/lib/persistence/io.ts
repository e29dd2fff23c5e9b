/**
 * Reading and writing single keys: every write is read back, and only a text read back as written
 * counts as stored. The rest of the store goes through these few calls.
 */
import { NAMESPACE } from './keys';
import { writeFailureOf, type StorageLike } from './storage';
import type { Failure } from './values';

export interface Io {
  /** The storage, or null when the browser refused it. */
  readonly storage: StorageLike | null;
  get(key: string): string | null;
  /** Writes and reads back; undefined when the text is now stored. */
  put(key: string, text: string): Failure | undefined;
  remove(key: string): Failure | undefined;
  /** The namespaced keys, data and quarantine alike. */
  keys(): string[];
  /** Every namespaced key with its text. */
  snapshot(): Map<string, string>;
  /** Puts every namespaced key back as it was; false if even that failed. */
  restore(snapshot: Map<string, string>): boolean;
  /** `base`, or `base-2`, `base-3`…: the first that is free or already holds `same`. */
  freeKey(base: string, same?: string): string;
}

export function createIo(storage: StorageLike | null): Io {
  const get = (key: string): string | null => (storage ? storage.getItem(key) : null);
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
  const keys = (): string[] => {
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
  return {
    storage,
    get,
    put,
    remove,
    keys,
    snapshot: () => new Map(keys().map((k) => [k, get(k) ?? ''])),
    restore(snapshot) {
      let ok = true;
      for (const key of keys()) if (!snapshot.has(key) && remove(key)) ok = false;
      for (const [key, raw] of snapshot) if (get(key) !== raw && put(key, raw)) ok = false;
      return ok;
    },
    freeKey(base, same) {
      let key = base;
      for (let n = 2, raw = get(key); raw !== null && raw !== same; n++, raw = get(key)) key = `${base}-${n}`;
      return key;
    },
  };
}
