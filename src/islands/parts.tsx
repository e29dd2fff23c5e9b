/** Small pieces the checklist and worksheet islands share. */
export { download, SaveStatus } from './SaveStatus';
import { Component } from 'preact';
import { activeRecord, createRecord, deleteRecord, renameRecord, switchRecord, type Book } from '../lib/records/book';

export type Update<T> = (change: (book: Book<T>, now: number) => Book<T>) => void;

interface RecordBarProps<T> {
  book: Book<T>;
  update: Update<T>;
  content: () => T;
}

/** Create, rename, switch and delete named records. */
type Mode = '' | 'new' | 'rename' | 'delete';

export class RecordBar<T> extends Component<RecordBarProps<T>, { mode: Mode; name: string }> {
  override state = { mode: '' as Mode, name: '' };
  override render({ book, update, content }: RecordBarProps<T>) {
    const { mode, name } = this.state;
    const active = activeRecord(book);
    const close = () => this.setState({ mode: '' });
    const submit = (e: Event) => {
      e.preventDefault();
      update((b, now) => (mode === 'new' ? createRecord(b, name, content(), now) : renameRecord(b, b.active, name, now)));
      close();
    };
    return (
      <div class="record-bar">
        <label>
          Engagement{' '}
          <select value={book.active} onChange={(e) => { const id = e.currentTarget.value; update((b) => switchRecord(b, id)); }}>
            {book.records.map((r) => (
              <option value={r.id} key={r.id}>{r.name}</option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => this.setState({ mode: 'new', name: '' })}>New</button>{' '}
        <button type="button" onClick={() => this.setState({ mode: 'rename', name: active.name })}>Rename</button>{' '}
        <button type="button" class="destructive" onClick={() => this.setState({ mode: 'delete' })}>Delete</button>
        {(mode === 'new' || mode === 'rename') && (
          <form onSubmit={submit}>
            <label>
              {mode === 'new' ? 'Name of the new engagement' : 'New name'}{' '}
              <input value={name} required maxLength={120} onInput={(e) => this.setState({ name: e.currentTarget.value })} ref={(el) => el?.focus()} />
            </label>{' '}
            <button type="submit" class="primary">{mode === 'new' ? 'Create' : 'Save name'}</button>{' '}
            <button type="button" onClick={close}>Cancel</button>
          </form>
        )}
        {mode === 'delete' && (
          <p>
            Delete “{active.name}” and everything in it?{' '}
            <button type="button" class="destructive" onClick={() => (update((b, now) => deleteRecord(b, b.active, content, now)), close())}>Yes, delete</button>{' '}
            <button type="button" onClick={close}>Keep it</button>
          </p>
        )}
      </div>
    );
  }
}

/** Copy to the clipboard; when the browser refuses, show the text selected for a manual copy. */
export class CopyButton extends Component<{ text: () => string; label: string }, { fallback?: string | undefined; copied?: string }> {
  override render({ text, label }: { text: () => string; label: string }) {
    const { fallback, copied } = this.state;
    const copy = () => {
      const value = text();
      navigator.clipboard
        .writeText(value)
        .then(() => this.setState({ fallback: undefined, copied: 'Copied.' }))
        .catch(() => this.setState({ fallback: value, copied: '' }));
    };
    return (
      <>
        <button type="button" onClick={copy}>{label}</button> <span role="status">{copied}</span>
        {fallback !== undefined && (
          <label class="copy-fallback">
            Copying was blocked. The text is selected: press Ctrl+C (⌘C on a Mac).
            <textarea readOnly rows={8} value={fallback} ref={(el) => el?.select()} />
          </label>
        )}
      </>
    );
  }
}
