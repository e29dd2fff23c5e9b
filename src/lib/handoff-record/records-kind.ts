/** How named handoff records are stored; loaded with the persistence layer after hydration, since it pulls in zod. */
import * as z from 'zod/mini';
import type { Kind } from '../persistence';
import type { SavedRecords } from './saved';

export const recordsKind: Kind<SavedRecords> = {
  name: 'handoff-records',
  version: 1,
  schema: z.object({ records: z.record(z.string(), z.record(z.string(), z.string())) }),
  empty: () => ({ records: {} }),
};
