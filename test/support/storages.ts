/** Storages for store tests that no real browser gives on demand. */
import type { StorageLike } from '../../src/lib/persistence/storage';

/** A storage whose every call throws, as a browser with storage switched off can. */
export function throwingStorage(): StorageLike {
  const fail = (): never => {
    throw new Error('x');
  };
  return {
    get length(): number {
      return fail();
    },
    key: fail,
    getItem: fail,
    setItem: fail,
    removeItem: fail,
  };
}
