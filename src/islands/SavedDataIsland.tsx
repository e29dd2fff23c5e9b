/**
 * Export, import and clear everything this site saved in this browser. No island of its own: the
 * checklist and the worksheet show it on their own pages through SavedDataPanel, which loads it
 * after hydration with the store chunk. It shares the store with the tools on the page, so an
 * import or a clear shows at once in every tool open on it (and, through storage events, in other tabs).
 */
import { Component } from 'preact';
import type { ImportPlan } from '../lib/persistence/store';
import { loadStore } from './stored';
import { download } from './SaveStatus';

interface State {
  ready?: boolean;
  plan?: ImportPlan | undefined;
  message?: string;
  confirmClear?: boolean;
}

const lists = (keys: string[]) => `${keys.length} list${keys.length === 1 ? '' : 's'}`;

export default class SavedDataIsland extends Component<object, State> {
  override componentDidMount() {
    this.setState({ ready: true });
  }

  override render(_: object, { ready, plan, message, confirmClear }: State) {
    // Nothing to show without JavaScript: there is no saved data to manage.
    if (!ready) return <div class="data-panel" />;
    const store = async () => (await loadStore()).browserStore();
    const failed = (what: string, failure: string) =>
      `${what} ${failure === 'full' ? 'This browser’s storage for the site is full.' : 'This browser did not let the site change its storage.'} Nothing was changed.`;
    const guard = (work: () => Promise<void>) => () =>
      work().catch(() => this.setState({ message: 'The code that manages saved data could not be loaded. Check the connection and try again.' }));
    const read = (e: Event) =>
      guard(async () => {
        const input = e.currentTarget as HTMLInputElement;
        const text = (await input.files?.[0]?.text()) ?? '';
        input.value = '';
        const preview = (await store()).previewImport(text);
        this.setState(preview.ok ? { plan: preview.plan, message: '' } : { plan: undefined, message: `Nothing imported. ${preview.problem}` });
      })();
    const apply = (mode: 'replace' | 'merge') =>
      guard(async () => {
        const result = (await store()).applyImport(plan!, mode);
        this.setState({ plan: undefined, message: result.ok ? 'Imported. Every tool on this page and in other tabs now shows the imported data.' : failed('Nothing imported.', result.failure) });
      })();
    const exportAll = guard(async () => download('handoff-handbook-data.json', (await store()).exportText(), 'application/json'));
    const clearAll = guard(async () => {
      const result = (await store()).clearAll();
      this.setState({ confirmClear: false, message: result.ok ? 'All saved data cleared.' : failed('Some saved data could not be cleared.', result.failure).replace(' Nothing was changed.', '') });
    });
    return (
      <details class="data-panel">
        <summary>Saved data in this browser</summary>
        <p>
          <button type="button" onClick={() => void exportAll()}>
            Download all saved data
          </button>
        </p>
        <label>
          Import a saved data file <input type="file" accept=".json,application/json" onChange={(e) => void read(e)} />
        </label>
        {plan && (
          <p>
            This file adds {lists(plan.added)}, changes {lists(plan.changed)} and leaves {lists(plan.unchanged)} as they are. Replacing also removes {lists(plan.removedByReplace)} not in the file.{' '}
            <button type="button" onClick={() => void apply('merge')}>Merge</button>{' '}
            <button type="button" onClick={() => void apply('replace')}>Replace</button>{' '}
            <button type="button" onClick={() => this.setState({ plan: undefined })}>Cancel</button>
          </p>
        )}
        <p>
          {confirmClear ? (
            <>
              Remove everything this site saved in this browser: engagements, checklists, worksheets, quiz results, triage ticks and handoff records?{' '}
              <button type="button" class="destructive" onClick={() => void clearAll()}>Yes, clear all</button>{' '}
              <button type="button" onClick={() => this.setState({ confirmClear: false })}>Keep it</button>
            </>
          ) : (
            <button type="button" class="destructive" onClick={() => this.setState({ confirmClear: true })}>Clear all saved data</button>
          )}
        </p>
        <p role="status">{message}</p>
      </details>
    );
  }
}
