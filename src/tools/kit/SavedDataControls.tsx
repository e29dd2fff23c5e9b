/**
 * Export, import and clear everything this site saved in this browser. No island of its own: the
 * checklist and the worksheet show it on their own pages through SavedDataPanel, which loads it
 * after hydration with the store chunk. It shares the store with the tools on the page, so an
 * import or a clear shows at once in every tool open on it (and, through storage events, in other tabs).
 */
import { Component } from 'preact';
import { download } from './SaveStatus';
import { DATA_FILE_NAME, failedText, ImportFile, NO_CODE, pageStore } from './DataFile';

interface State {
  ready?: boolean;
  message?: string;
  confirmClear?: boolean;
}

export default class SavedDataControls extends Component<object, State> {
  override componentDidMount() {
    this.setState({ ready: true });
  }

  override render(_: object, { ready, message, confirmClear }: State) {
    // Nothing to show without JavaScript: there is no saved data to manage.
    if (!ready) return <div class="data-panel" />;
    const guard = (work: () => Promise<void>) => () => work().catch(() => this.setState({ message: NO_CODE }));
    const exportAll = guard(async () => download(DATA_FILE_NAME, (await pageStore()).exportText(), 'application/json'));
    const clearAll = guard(async () => {
      const result = (await pageStore()).clearAll();
      this.setState({
        confirmClear: false,
        message: result.ok
          ? 'All saved data cleared.'
          : failedText('Some saved data could not be cleared.', result.failure).replace(' Nothing was changed.', ''),
      });
    });
    return (
      <details class="data-panel">
        <summary>Saved data in this browser</summary>
        <p>
          <button type="button" onClick={() => void exportAll()}>
            Download all saved data
          </button>
        </p>
        <ImportFile
          label="Import a saved data file"
          done="Imported. Every tool on this page and in other tabs now shows the imported data."
        />
        <p>
          {confirmClear ? (
            <>
              Remove everything this site saved in this browser: engagements, checklists, worksheets, quiz results,
              diagnostic ticks and handoff records?{' '}
              <button type="button" class="destructive" onClick={() => void clearAll()}>
                Yes, clear all
              </button>{' '}
              <button type="button" onClick={() => this.setState({ confirmClear: false })}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" class="destructive" onClick={() => this.setState({ confirmClear: true })}>
              Clear all saved data
            </button>
          )}
        </p>
        <p role="status">{message}</p>
      </details>
    );
  }
}
