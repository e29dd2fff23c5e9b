/**
 * Reading a saved-data file back, shared by the saved-data panel on the tools and the storage
 * health panel: choose a file, see what it would add, change and remove, then Merge or Replace.
 * Both go through the page's one store, so every tool on the page and in other tabs follows.
 */
import { Component } from 'preact';
import type { Failure, ImportCopy, ImportPlan } from '../../lib/persistence/store';
import { loadStore } from './stored';
import { When } from './SaveStatus';
import { DIAGNOSTIC_STORED_NAME } from '../../schemas/stored-name';

/** The name every export of everything downloads as. */
export const DATA_FILE_NAME = 'handoff-handbook-data.json';

export const pageStore = async () => (await loadStore()).browserStore();

/** What a failed change says: why, and that nothing changed. */
export const failedText = (what: string, failure: Failure) =>
  `${what} ${failure === 'full' ? 'This browser’s storage for the site is full.' : 'This browser did not let the site change its storage.'} Nothing was changed.`;

export const NO_CODE = 'The code that manages saved data could not be loaded. Check the connection and try again.';

/** What a stored value is, in the reader's words, by its key's kind segment. */
const KIND_WORDS: Record<string, [one: string, many: string]> = {
  engagements: ['engagement list', 'engagement lists'],
  checklist: ['checklist', 'checklists'],
  worksheet: ['worksheet', 'worksheets'],
  quiz: ['list of quiz results', 'lists of quiz results'],
  [DIAGNOSTIC_STORED_NAME]: ['list of diagnostic ticks', 'lists of diagnostic ticks'],
  'handoff-records': ['list of handoff records', 'lists of handoff records'],
  health: ['backup record', 'backup records'],
};

/** "1 engagement list from a newer version of this site: kept aside, not merged", one sentence per kind. */
export function setAsideText(keys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const key of keys) {
    const kind = key.split(':')[2] ?? '';
    const word = Object.hasOwn(KIND_WORDS, kind) ? kind : '';
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .map(([kind, n]) => {
      const [one, many] = KIND_WORDS[kind] ?? ['value', 'values'];
      return `${n} ${n === 1 ? one : many} from a newer version of this site: kept aside, not merged.`;
    })
    .join(' ');
}

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
  /** The plan in the reader's words: what the file holds, and what Replace would remove. */
  words?: { holds: string; lost: string | undefined } | undefined;
  exportedAt?: number | undefined;
  message?: string;
  /** Whether the message says something was done ('ok') or why it was not ('bad'). */
  tone?: 'ok' | 'bad';
  /** The copies earlier imports kept of what they changed, until the reader dismisses them. */
  copies?: ImportCopy[];
}

export class ImportFile extends Component<Props, State> {
  /** The status line, just under the file field: where the preview and its buttons were. */
  status: HTMLParagraphElement | null = null;
  override componentDidMount() {
    this.readCopies();
  }
  /**
   * Says what a button did where it was: the button has gone with its paragraph, so the status
   * that takes its place is brought into sight and takes the focus (no focus lost to the page).
   */
  answer(ok: boolean, message: string) {
    this.setState({ plan: undefined, message, tone: ok ? 'ok' : 'bad' }, () => this.status?.focus());
  }
  readCopies() {
    pageStore()
      .then((store) => this.setState({ copies: store.importCopies() }))
      .catch(() => {});
  }
  override render({ label, done, onApplied }: Props, { plan, words, exportedAt, message, tone, copies = [] }: State) {
    const guard = (work: () => Promise<void>) => work().catch(() => this.setState({ message: NO_CODE, tone: 'bad' }));
    const read = (e: Event) => {
      const input = e.currentTarget as HTMLInputElement;
      return guard(async () => {
        const text = (await input.files?.[0]?.text()) ?? '';
        input.value = '';
        const preview = (await pageStore()).previewImport(text);
        // Loaded with the file, not with the page: the words are needed only for a preview.
        const { importWords } = await import('../../lib/persistence/import-words');
        const at = preview.ok ? (JSON.parse(text) as { exportedAt?: unknown }).exportedAt : undefined;
        this.setState(
          preview.ok
            ? {
                plan: preview.plan,
                words: importWords(preview.plan.writes, preview.plan.here),
                exportedAt: typeof at === 'number' ? at : undefined,
                message: '',
              }
            : { plan: undefined, message: `Nothing imported. ${preview.problem}`, tone: 'bad' },
        );
      });
    };
    const apply = (mode: 'replace' | 'merge') =>
      guard(async () => {
        const result = (await pageStore()).applyImport(plan!, mode);
        this.answer(result.ok, result.ok ? done : failedText('Nothing imported.', result.failure));
        this.readCopies();
        if (result.ok) onApplied?.(mode, exportedAt);
      });
    const putBack = (key: string) =>
      guard(async () => {
        const result = (await pageStore()).restoreImport(key);
        this.answer(
          result.ok,
          result.ok
            ? 'Put back what this browser held before the import. Every tool on this page and in other tabs shows it.'
            : failedText('Not put back.', result.failure),
        );
        this.readCopies();
      });
    const dismiss = (key: string) =>
      guard(async () => {
        const result = (await pageStore()).settleEarlier([key], 'remove');
        this.answer(
          result.ok,
          result.ok
            ? 'The copy is removed; the import stays.'
            : failedText('The copy could not be removed.', result.failure),
        );
        this.readCopies();
      });
    const copy = copies[0];
    return (
      <>
        <label>
          {label} <input type="file" accept=".json,application/json" onChange={(e) => void read(e)} />
        </label>
        <p
          class="tool-notice"
          role="status"
          tabIndex={-1}
          data-tone={tone}
          ref={(p) => {
            this.status = p;
          }}
        >
          {message}
        </p>
        {plan && words && (
          <div class="import-plan">
            <p>
              This file holds {words.holds}. Merge joins it with what is here, item by item; the newer change wins.
              {plan.setAside.length > 0 && ` ${setAsideText(plan.setAside)} Replacing writes it as it is.`} Replace
              makes this browser hold exactly the file{words.lost && `, removing ${words.lost} not in it`}.
            </p>
            {/* Merge keeps what is here, so it is the main action; Replace can remove, so it looks it; Cancel is a plain way out. */}
            <p class="tool-bar">
              <button type="button" class="primary" onClick={() => void apply('merge')}>
                Merge
              </button>
              <button type="button" class="destructive" onClick={() => void apply('replace')}>
                Replace
              </button>
              <button type="button" onClick={() => this.setState({ plan: undefined })}>
                Cancel
              </button>
            </p>
          </div>
        )}
        {copy && !plan && (
          <p class="import-copy">
            A copy of what the import changed is kept in this browser ({copy.count} stored{' '}
            {copy.count === 1 ? 'value' : 'values'}, {copy.mode === 'merge' ? 'merged' : 'replaced'}{' '}
            <When at={copy.at} />) until you dismiss it.{' '}
            <button type="button" onClick={() => void putBack(copy.key)}>
              Put back what was here before
            </button>{' '}
            <button type="button" onClick={() => void dismiss(copy.key)}>
              Dismiss the copy
            </button>
          </p>
        )}
      </>
    );
  }
}
