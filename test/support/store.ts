/** The store as the site builds it (src/tools/site-store.ts), with the storage code's own names, for tests. */
import { createStore as createAnyStore, type StoreOptions } from '../../src/lib/persistence/store';
import { siteStore } from '../../src/tools/registry';

export * from '../../src/lib/persistence/store';
export * from '../../src/tools/site-store';

/** A store over the site's kinds (or `kinds`, for a test of a few), filing old data under engagements. */
export const createStore = (options: Omit<StoreOptions, 'kinds'> & Partial<StoreOptions>) =>
  createAnyStore({ ...siteStore, ...options });
