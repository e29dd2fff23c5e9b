import type { Kind } from '../persistence/kind';
import { isBoolean, isString, recordOf } from '../persistence/validate';
import { bookValidator, newBook, type Book, type NamedRecord } from '../records/book';

/**
 * A checklist run: ticks and notes keyed by item id, so rewording an item keeps its progress,
 * a removed item's tick stays harmlessly in the record, and a new item starts unticked.
 */
export interface ChecklistRun {
  ticks: Record<string, boolean>;
  notes: Record<string, string>;
}
export type ChecklistBook = Book<ChecklistRun>;
export type ChecklistRecord = NamedRecord<ChecklistRun>;

export const emptyRun = (): ChecklistRun => ({ ticks: {}, notes: {} });

/** One book per checklist id, stored as `handoff-handbook:v1:checklist:<id>`. */
export const checklistKind: Kind<ChecklistBook> = {
  name: 'checklist',
  version: 1,
  schema: bookValidator<ChecklistRun>({ ticks: recordOf(isBoolean), notes: recordOf(isString) }),
  empty: () => newBook(emptyRun(), 0),
};
