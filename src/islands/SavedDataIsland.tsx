/**
 * Export, import and clear everything this site saved in this browser. Its own island, so the
 * checklist and worksheet tools stay small; it shares their persistence instance on the page.
 */
import { Component } from 'preact';
import { browserPersistence } from '../lib/persistence/browser';
import type { ImportPlan } from '../lib/persistence';
import { download } from './parts';

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
    const persistence = browserPersistence();
    // An export holds every tool's data, so imports are checked against every kind the site stores.
    const siteWide = async () => (await import('../lib/persistence/site-wide')).siteWidePersistence(() => window.localStorage, Date.now);
    const read = async (e: Event) => {
      const input = e.currentTarget as HTMLInputElement;
      const preview = (await siteWide()).previewImport((await input.files?.[0]?.text()) ?? '');
      input.value = '';
      this.setState(preview.ok ? { plan: preview.plan, message: '' } : { plan: undefined, message: `Nothing imported. ${preview.problem}` });
    };
    const apply = async (mode: 'replace' | 'merge') => {
      const result = (await siteWide()).applyImport(plan!, mode);
      persistence.handleStorageChange({ key: null });
      this.setState({ plan: undefined, message: result.saved ? 'Imported.' : 'Imported for this page only: not saved in this browser.' });
    };
    return (
      <details class="data-panel">
        <summary>Saved data in this browser</summary>
        <p>
          <button type="button" onClick={() => download('handoff-handbook-data.json', JSON.stringify(persistence.exportAll(), null, 2), 'application/json')}>
            Download all saved data
          </button>
        </p>
        <label>
          Import a saved data file <input type="file" accept=".json,application/json" onChange={read} />
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
              Remove everything this site saved in this browser: checklists, worksheets, quiz results, triage ticks and handoff records?{' '}
              <button type="button" class="destructive" onClick={() => this.setState({ confirmClear: false, message: persistence.clearAll().saved ? 'All saved data cleared.' : 'Some saved data could not be cleared.' })}>Yes, clear all</button>{' '}
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
