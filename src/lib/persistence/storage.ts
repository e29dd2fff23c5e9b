/**
 * The slice of the Web Storage API the persistence layer uses, so tests can hand it a fake
 * that throws, fills up or is shared between two "tabs".
 */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Returns the storage, or null when the browser refuses it: reading the storage object
 * throws a SecurityError when cookies are blocked, and some embedded browsers return null.
 */
export function openStorage(get: () => StorageLike | null | undefined): StorageLike | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

/** Why a write did not land: no storage at all, or storage that is full. */
export type WriteFailure = 'unavailable' | 'full';

export function writeFailureOf(error: unknown): WriteFailure {
  const e = error as { name?: unknown; code?: unknown } | null;
  // Firefox names it NS_ERROR_DOM_QUOTA_REACHED (code 1014); older WebKit uses code 22.
  if (
    e &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014)
  ) {
    return 'full';
  }
  return 'unavailable';
}

/** An in-memory StorageLike, for tests and as a stand-in shared by two simulated tabs. */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}
