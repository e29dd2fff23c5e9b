/** The store as the site builds it (src/lib/site-store.ts), with the storage code's own names, for tests. */
import { createStore as createAnyStore, type StoreOptions } from '../../src/lib/persistence/store';
import { siteStore } from '../../src/lib/tools';

export * from '../../src/lib/persistence/store';
export * from '../../src/lib/site-store';

/** A store over the site's kinds (or `kinds`, for a test of a few), filing old data under engagements. */
export const createStore = (options: Omit<StoreOptions, 'kinds'> & Partial<StoreOptions>) =>
  createAnyStore({ ...siteStore, ...options });
