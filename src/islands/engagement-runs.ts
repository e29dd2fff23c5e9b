/**
 * The checklist's and the worksheet's side of the picker: every change goes to the current
 * engagement's run. Changes made before the current engagement is known (storage still opening)
 * wait, shown on a blank run, and go to it once it is.
 */
import type { Book, NamedRecord } from '../lib/records/book';
import { onRun, previewRun, runOf, type EngagementRef } from '../lib/engagements/runs';
import type { Connection } from './stored';
import type { Update } from './parts';

type Change<T> = (book: Book<T>, now: number) => Book<T>;

export class EngagementRuns<T> {
  current?: EngagementRef;
  pending: Change<T>[] = [];
  constructor(
    private conn: () => Connection<Book<T>> | undefined,
    private content: () => T,
    private changed: () => void,
  ) {}

  update: Update<T> = (change) => {
    const e = this.current;
    if (!e) {
      this.pending.push(change);
      // The connection shows "Saving…" (and, once storage opens, a save) while the change waits.
      this.conn()?.update((book) => book);
      return this.changed();
    }
    this.conn()?.update((book) => {
      const now = Date.now();
      return change(onRun(book, e, this.content, now), now);
    });
  };

  setCurrent = (e: EngagementRef) => {
    this.current = e;
    const waiting = this.pending;
    this.pending = [];
    for (const change of waiting) this.update(change);
    this.changed();
  };

  run(book: Book<T>): NamedRecord<T> {
    return this.current ? runOf(book, this.current, this.content) : previewRun(book, this.pending, this.content);
  }
}
