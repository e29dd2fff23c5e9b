/** How the diagnostic's ticks are stored; loaded with the persistence layer after hydration, since it pulls in zod. */
import * as z from 'zod/mini';
import type { Kind } from '../persistence';
import type { SavedTicks } from './saved';

export const triageKind: Kind<SavedTicks> = {
  name: 'triage',
  version: 1,
  schema: z.object({ ticked: z.array(z.string()) }),
  empty: () => ({ ticked: [] }),
};
