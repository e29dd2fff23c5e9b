/** How named handoff records are stored; the island loads it with the persistence layer after hydration. */
import { isString, recordOf, shape, validator, type Kind } from '../persistence';
import type { SavedRecords } from './saved';

export const recordsKind: Kind<SavedRecords> = {
  name: 'handoff-records',
  version: 1,
  schema: validator<SavedRecords>(shape({ records: recordOf(recordOf(isString)) })),
  empty: () => ({ records: {} }),
};
