import { Component } from 'preact';
import { browserPersistence } from '../lib/persistence/browser';
import type { Kind, Loaded, SaveResult, Slot } from '../lib/persistence';
import { normalizeBook, type Book } from '../lib/records/book';

export interface BookState<T> {
  book: Book<T>;
  /** False until the saved state is loaded; the server render and first client render match. */
  ready: boolean;
  loaded?: Loaded<Book<T>>;
  lastSave?: SaveResult | undefined;
}

export type Update<T> = (change: (book: Book<T>, now: number) => Book<T>) => void;

/**
 * The island side of a stored book: loads it as the island mounts (before the browser paints,
 * so saved ticks replace the server render without a flash), follows other tabs, saves each
 * change. A class rather than hooks: preact/hooks would cost a tenth of the island's budget.
 */
export abstract class BookIsland<P, T> extends Component<P, BookState<T>> {
  abstract kind: Kind<Book<T>>;
  abstract storeId: string;
  abstract content: () => T;
  private slot?: Slot<Book<T>>;
  private stop?: () => void;

  override componentDidMount() {
    const slot = (this.slot = browserPersistence().slot(this.kind, this.storeId));
    this.stop = slot.subscribe(this.apply);
    this.apply(slot.load());
  }

  override componentWillUnmount() {
    this.stop?.();
  }

  apply = (loaded: Loaded<Book<T>>) =>
    this.setState({ book: normalizeBook(loaded.value, this.content, Date.now()), ready: true, loaded, lastSave: undefined });

  update: Update<T> = (change) => {
    const book = change(this.state.book, Date.now());
    this.setState({ book, lastSave: this.slot!.save(book) });
  };
}
