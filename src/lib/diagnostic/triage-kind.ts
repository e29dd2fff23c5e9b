/** How the diagnostic's ticks are stored; the island loads it with the persistence layer after hydration. */
import { arrayOf, isString, shape, validator, type Kind } from '../persistence';
import type { SavedTicks } from './saved';

export const triageKind: Kind<SavedTicks> = {
  name: 'triage',
  version: 1,
  schema: validator<SavedTicks>(shape({ ticked: arrayOf(isString) })),
  empty: () => ({ ticked: [] }),
};
