import { createPersistence, type Persistence } from './persistence';
import { openStorage } from './storage';
import { checklistKind } from '../checklist/kind';
import { worksheetKind } from '../worksheet/kind';

let shared: Persistence | undefined;

/**
 * The page's one persistence instance over localStorage, shared by every island on the page so
 * an import or a clear here reaches them all; `storage` events bring other tabs' changes.
 */
export function browserPersistence(): Persistence {
  if (shared) return shared;
  const persistence = createPersistence({
    storage: openStorage(() => window.localStorage),
    now: () => Date.now(),
    kinds: [checklistKind, worksheetKind()],
  });
  window.addEventListener('storage', (event) => persistence.handleStorageChange(event));
  shared = persistence;
  return persistence;
}
