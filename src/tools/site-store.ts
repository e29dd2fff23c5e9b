/**
 * The site's store: the storage code (./persistence/store.ts, which knows no tool) over the kinds
 * of the registry (./tools.ts). Islands load this module after hydrating, with the kinds they open.
 */
import { createStore, NAMESPACE, type Store } from '../lib/persistence/store';
import { openStorage } from '../lib/persistence/storage';
import { siteStore } from './registry';

// Only what islands take from the loaded module: each name here is kept in the storage chunk.
export type * from '../lib/persistence/store';
export { NAMESPACE } from '../lib/persistence/store';
export {
  checklistKind,
  worksheetKind,
  quizKind,
  diagnosticKind,
  handoffRecordKind,
  engagementsKind,
  healthKind,
} from './registry';
// What a kept shared copy needs to add an engagement; this module's chunk holds them already.
export { createEngagement, engagementName } from '../lib/engagements/engagement';
export { cryptoRandom } from '../lib/engagements/ids';

let shared: Store | undefined;

/**
 * The page's one store over this browser's localStorage, shared by every island on the page so
 * an import or a clear here reaches them all; `storage` events bring other tabs' changes.
 */
export function browserStore(): Store {
  if (!shared) {
    const store = (shared = createStore({
      ...siteStore,
      storage: openStorage(() => window.localStorage),
      now: Date.now,
    }));
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key.startsWith(NAMESPACE)) store.handleStorageEvent(event.key);
    });
  }
  return shared;
}
