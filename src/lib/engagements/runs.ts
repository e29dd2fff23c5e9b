/**
 * Tool runs keyed by engagement. The checklist and the worksheet keep one run per engagement,
 * under the engagement's id (see ./rekey.ts for the data stored before). Loaded with the islands,
 * so it imports nothing of the storage code.
 */
import type { Book, NamedRecord } from '../records/book';

export interface EngagementRef {
  id: string;
  name: string;
}

/** The engagement's run in a book (a fresh one when it has none yet), under the engagement's name as it is now. */
export function runOf<T>(book: Book<T>, e: EngagementRef, content: () => T): NamedRecord<T> {
  const run = book.records.find((r) => r.id === e.id);
  return run ? { ...run, name: e.name || run.name } : { ...content(), id: e.id, name: e.name, updatedAt: 0 };
}

/** The book with the engagement's run in it and open, so a change to the open run goes to it. */
export function onRun<T>(book: Book<T>, e: EngagementRef, content: () => T, now: number): Book<T> {
  const has = book.records.some((r) => r.id === e.id);
  return { active: e.id, records: has ? book.records : [...book.records, { ...content(), id: e.id, name: e.name, updatedAt: now }] };
}

/** The engagements a book holds runs for, with the names the runs were saved under. */
export const foundIn = (book: Book<unknown>) => book.records.map((r) => ({ id: r.id, name: r.name }));

/**
 * The run to show before the current engagement is known (storage still opening): changes the
 * reader already made, applied to a blank run, so nothing typed or ticked seems to vanish.
 */
export function previewRun<T>(book: Book<T>, pending: readonly ((book: Book<T>, now: number) => Book<T>)[], content: () => T): NamedRecord<T> {
  const none = { id: '', name: '' };
  return runOf(pending.reduce((b, change) => change(b, 0), onRun(book, none, content, 0)), none, content);
}
