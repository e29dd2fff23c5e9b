/** Small pieces the checklist and worksheet islands share. */
import { useState } from 'preact/hooks';
import type { BookState } from './useBook';
import { activeRecord, createRecord, deleteRecord, renameRecord, switchRecord, type Book } from '../lib/records/book';
import { browserPersistence } from '../lib/persistence/browser';
import type { ImportPlan } from '../lib/persistence';

export function download(name: string, text: string, type: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const when = (t: number) => new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const notSaved: Record<string, string> = {
  unavailable: 'this browser does not let the site store data',
  full: 'this browser’s storage for the site is full',
  locked: 'saved data here is from a newer version of this site or could not be moved, so it is left untouched',
};

/** Where changes go, the last update, and any stored copy that had to be set aside. */
export function SaveStatus<T>({ state, name }: { state: BookState<T>; name: string }) {
  const { loaded, lastSave } = state;
  const failure = lastSave && !lastSave.saved ? lastSave.reason : loaded && !loaded.saving ? (loaded.status === 'unavailable' ? 'unavailable' : 'locked') : undefined;
  const kept = loaded?.kept;
  return (
    <div class="tool-status">
      <p role="status">
        {failure
          ? `Not saved in this browser: ${notSaved[failure]}. Your changes last until you close this page.`
          : `Saved in this browser. Last updated ${when(activeRecord(state.book).updatedAt)}.`}
      </p>
      {kept && (
        <p class="notice">
          {kept.reason === 'newer-version'
            ? 'A newer version of this site saved data here. This page leaves it as it is and works from a blank copy.'
            : 'Saved data for this list could not be read, so it was set aside and the list started fresh.'}{' '}
          <button type="button" onClick={() => download(`${name}-kept-copy.txt`, kept.raw, 'text/plain')}>
            Download the kept copy
          </button>
        </p>
      )}
    </div>
  );
}

/** Create, rename, switch and delete named records. */
export function RecordBar<T>({ book, update, content }: { book: Book<T>; update: (f: (b: Book<T>, now: number) => Book<T>) => void; content: () => T }) {
  const [mode, setMode] = useState<'' | 'new' | 'rename' | 'delete'>('');
  const [name, setName] = useState('');
  const active = activeRecord(book);
  const submit = (e: Event) => {
    e.preventDefault();
    update((b, now) => (mode === 'new' ? createRecord(b, name, content(), now) : renameRecord(b, b.active, name, now)));
    setMode('');
  };
  const open = (m: 'new' | 'rename') => {
    setName(m === 'rename' ? active.name : '');
    setMode(m);
  };
  return (
    <div class="record-bar">
      <label>
        Engagement{' '}
        <select value={book.active} onChange={(e) => update((b) => switchRecord(b, e.currentTarget.value))}>
          {book.records.map((r) => (
            <option value={r.id} key={r.id}>{r.name}</option>
          ))}
        </select>
      </label>{' '}
      <button type="button" onClick={() => open('new')}>New</button>{' '}
      <button type="button" onClick={() => open('rename')}>Rename</button>{' '}
      <button type="button" onClick={() => setMode('delete')}>Delete</button>
      {(mode === 'new' || mode === 'rename') && (
        <form onSubmit={submit}>
          <label>
            {mode === 'new' ? 'Name of the new engagement' : 'New name'}{' '}
            <input value={name} required maxLength={120} onInput={(e) => setName(e.currentTarget.value)} ref={(el) => el?.focus()} />
          </label>{' '}
          <button type="submit">{mode === 'new' ? 'Create' : 'Save name'}</button>{' '}
          <button type="button" onClick={() => setMode('')}>Cancel</button>
        </form>
      )}
      {mode === 'delete' && (
        <p>
          Delete “{active.name}” and everything in it?{' '}
          <button type="button" onClick={() => (update((b, now) => deleteRecord(b, b.active, content, now)), setMode(''))}>Yes, delete</button>{' '}
          <button type="button" onClick={() => setMode('')}>Keep it</button>
        </p>
      )}
    </div>
  );
}

/** Copy to the clipboard; when the browser refuses, show the text selected for a manual copy. */
export function CopyButton({ text, label }: { text: () => string; label: string }) {
  const [fallback, setFallback] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const copy = async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setFallback(null);
      setCopied('Copied.');
    } catch {
      setCopied('');
      setFallback(value);
    }
  };
  return (
    <>
      <button type="button" onClick={copy}>{label}</button> <span role="status">{copied}</span>
      {fallback !== null && (
        <label class="copy-fallback">
          Copying was blocked. The text is selected: press Ctrl+C (⌘C on a Mac).
          <textarea readOnly rows={8} value={fallback} ref={(el) => el?.select()} />
        </label>
      )}
    </>
  );
}

/** Export, import and clear everything this site saved in this browser. */
export function DataPanel() {
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [message, setMessage] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const persistence = browserPersistence();
  const read = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const preview = persistence.previewImport((await input.files?.[0]?.text()) ?? '');
    input.value = '';
    setPlan(preview.ok ? preview.plan : null);
    setMessage(preview.ok ? '' : `Nothing imported. ${preview.problem}`);
  };
  const apply = (mode: 'replace' | 'merge') => {
    const r = persistence.applyImport(plan!, mode);
    setPlan(null);
    setMessage(r.saved ? 'Imported.' : 'Imported for this page only: not saved in this browser.');
  };
  const n = (keys: string[]) => `${keys.length} list${keys.length === 1 ? '' : 's'}`;
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
          This file adds {n(plan.added)}, changes {n(plan.changed)} and leaves {n(plan.unchanged)} as they are. Replacing also removes {n(plan.removedByReplace)} not in the file.{' '}
          <button type="button" onClick={() => apply('merge')}>Merge</button>{' '}
          <button type="button" onClick={() => apply('replace')}>Replace</button>{' '}
          <button type="button" onClick={() => setPlan(null)}>Cancel</button>
        </p>
      )}
      <p>
        {confirmClear ? (
          <>
            Remove every checklist and worksheet this site saved in this browser?{' '}
            <button type="button" onClick={() => (persistence.clearAll(), setConfirmClear(false), setMessage('All saved data cleared.'))}>Yes, clear all</button>{' '}
            <button type="button" onClick={() => setConfirmClear(false)}>Keep it</button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmClear(true)}>Clear all saved data</button>
        )}
      </p>
      <p role="status">{message}</p>
    </details>
  );
}
