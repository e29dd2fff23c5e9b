import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browserPersistence } from '../lib/persistence/browser';
import type { Kind, Loaded, SaveResult, Slot } from '../lib/persistence';
import { normalizeBook, type Book } from '../lib/records/book';

export interface BookState<T> {
  book: Book<T>;
  /** False until the saved state is loaded; the server render and first client render match. */
  ready: boolean;
  loaded?: Loaded<Book<T>>;
  lastSave?: SaveResult;
}

/**
 * The island side of a stored book: loads it before the first paint (a layout effect, so the
 * saved ticks replace the server render without a flash), follows other tabs, saves each change.
 */
export function useBook<T>(kind: Kind<Book<T>>, id: string, content: () => T) {
  const [state, setState] = useState<BookState<T>>(() => ({ book: kind.empty(), ready: false }));
  const slot = useRef<Slot<Book<T>>>();
  useLayoutEffect(() => {
    const s = (slot.current = browserPersistence().slot(kind, id));
    const apply = (loaded: Loaded<Book<T>>) =>
      setState({ book: normalizeBook(loaded.value, content, Date.now()), ready: true, loaded });
    apply(s.load());
    return s.subscribe(apply);
  }, [id]);
  const update = (change: (book: Book<T>, now: number) => Book<T>) =>
    setState((prev) => {
      const book = change(prev.book, Date.now());
      return { ...prev, book, lastSave: slot.current!.save(book) };
    });
  return [state, update] as const;
}
