/** How the diagnostic's ticks are stored, one item per signal; loaded with the storage code after the island hydrates. */
import { parseOrThrow, type Kind } from '../persistence/kind';
import { live } from '../records/book-items';
import { triageSchema, triageV1Schema } from '../../schemas/stored';
import type { SavedTicks } from './saved';

export const triageKind: Kind<SavedTicks> = {
  name: 'triage',
  version: 2,
  schema: triageSchema,
  migrations: {
    1: (data) => ({ ticks: Object.fromEntries(parseOrThrow(triageV1Schema, data).ticked.map((id) => [id, [0, true]])) }),
  },
  view: (doc) => ({ ticked: live(doc, 'ticks').filter(([, on]) => on === true).map(([id]) => id).sort() }),
  items: (state) => ({ ticks: Object.fromEntries(state.ticked.map((id) => [id, true])) }),
};
