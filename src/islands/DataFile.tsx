/**
 * Reading a saved-data file back, shared by the saved-data panel on the tools and the storage
 * health panel: choose a file, see what it would add, change and remove, then Merge or Replace.
 * Both go through the page's one store, so every tool on the page and in other tabs follows.
 */
import { Component } from 'preact';
import type { Failure, ImportPlan } from '../lib/persistence/store';
import { loadStore } from './stored';

/** The name every export of everything downloads as. */
export const DATA_FILE_NAME = 'handoff-handbook-data.json';

export const pageStore = async () => (await loadStore()).browserStore();

/** What a failed change says: why, and that nothing changed. */
export const failedText = (what: string, failure: Failure) =>
  `${what} ${failure === 'full' ? 'This browser’s storage for the site is full.' : 'This browser did not let the site change its storage.'} Nothing was changed.`;

export const NO_CODE = 'The code that manages saved data could not be loaded. Check the connection and try again.';

const lists = (keys: string[]) => `${keys.length} list${keys.length === 1 ? '' : 's'}`;

interface Props {
  /** The file field's label. */
  label: string;
  /** What the status line says after a successful import. */
  done: string;
  /** Called after the file was applied; `exportedAt` is when the file was made. */
  onApplied?: (mode: 'replace' | 'merge', exportedAt: number | undefined) => void;
}

interface State {
  plan?: ImportPlan | undefined;
  exportedAt?: number | undefined;
  message?: string;
}

export class ImportFile extends Component<Props, State> {
  override render({ label, done, onApplied }: Props, { plan, exportedAt, message }: State) {
    const guard = (work: () => Promise<void>) => work().catch(() => this.setState({ message: NO_CODE }));
    const read = (e: Event) => {
      const input = e.currentTarget as HTMLInputElement;
      return guard(async () => {
        const text = (await input.files?.[0]?.text()) ?? '';
        input.value = '';
        const preview = (await pageStore()).previewImport(text);
        const at = preview.ok ? (JSON.parse(text) as { exportedAt?: unknown }).exportedAt : undefined;
        this.setState(
          preview.ok
            ? { plan: preview.plan, exportedAt: typeof at === 'number' ? at : undefined, message: '' }
            : { plan: undefined, message: `Nothing imported. ${preview.problem}` },
        );
      });
    };
    const apply = (mode: 'replace' | 'merge') =>
      guard(async () => {
        const result = (await pageStore()).applyImport(plan!, mode);
        this.setState({ plan: undefined, message: result.ok ? done : failedText('Nothing imported.', result.failure) });
        if (result.ok) onApplied?.(mode, exportedAt);
      });
    return (
      <>
        <label>
          {label} <input type="file" accept=".json,application/json" onChange={(e) => void read(e)} />
        </label>
        {plan && (
          <p>
            This file adds {lists(plan.added)}, changes {lists(plan.changed)} and leaves {lists(plan.unchanged)} as they
            are. Replacing also removes {lists(plan.removedByReplace)} not in the file.{' '}
            <button type="button" onClick={() => void apply('merge')}>
              Merge
            </button>{' '}
            <button type="button" onClick={() => void apply('replace')}>
              Replace
            </button>{' '}
            <button type="button" onClick={() => this.setState({ plan: undefined })}>
              Cancel
            </button>
          </p>
        )}
        <p role="status">{message}</p>
      </>
    );
  }
}
