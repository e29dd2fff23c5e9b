import { createPersistence, type Persistence } from './persistence';
import type { Kind } from './kind';
import { openStorage } from './storage';

/**
 * The persistence layer over this browser's localStorage for the given kinds, with other tabs'
 * changes (`storage` events) passed in, so every island opens storage the same way.
 */
export function openBrowserPersistence(kinds: readonly Kind<any>[]): Persistence {
  const persistence = createPersistence({ storage: openStorage(() => window.localStorage), now: Date.now, kinds });
  window.addEventListener('storage', (event) => persistence.handleStorageChange({ key: event.key }));
  return persistence;
}
