import { Component } from 'preact';

/** Copy to the clipboard; when the browser refuses, show the text selected for a manual copy. */
export class CopyButton extends Component<
  { text: () => string; label: string },
  { fallback?: string | undefined; copied?: string }
> {
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
        <button type="button" onClick={copy}>
          {label}
        </button>{' '}
        <span role="status">{copied}</span>
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
