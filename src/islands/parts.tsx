/** Small pieces the tool islands share. */
export { download, SaveStatus } from './SaveStatus';
import { Component, type ComponentType } from 'preact';
import type { Book } from '../lib/records/book';

export type Update<T> = (change: (book: Book<T>, now: number) => Book<T>) => void;

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

/**
 * The saved-data panel (SavedDataIsland), loaded after hydration with the store code it needs
 * anyway: the tools' first-paint script stays smaller, and the page makes no extra request.
 */
export class SavedDataPanel extends Component<object, { Panel?: ComponentType }> {
  override componentDidMount() {
    void import('./SavedDataIsland').then((m) => this.setState({ Panel: m.default }));
  }

  override render(_: object, { Panel }: { Panel?: ComponentType }) {
    return Panel ? <Panel /> : <div class="data-panel" />;
  }
}
