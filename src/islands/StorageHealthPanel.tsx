/**
 * Storage health: whether this browser promised to keep the handbook's data, when everything was
 * last backed up, a reminder when changes a week old are in no backup, and the backup and restore
 * of everything as one file. Reusable on any page; it shares the page's store, so a restore shows
 * at once in every tool on the page and in other tabs.
 *
 * The browser is asked to keep the data only when the reader presses the button, never on load:
 * Firefox answers `persist()` with a permission prompt, which a page should not raise unasked, and
 * the other browsers decide silently by how the site is used, so asking on every visit adds nothing.
 */
import { Component } from 'preact';
import type { Health } from '../lib/engagements/health-kind';
import { backupReminder, backupStateOf, PERSIST_STATES, persistState } from '../lib/engagements/storage-health';
import { connect, loadStore, type Connection, type Stored } from '../tools/kit/stored';
import { download, When } from '../tools/kit/SaveStatus';
import { DATA_FILE_NAME, ImportFile, NO_CODE, pageStore } from '../tools/kit/DataFile';

interface State {
  stored: Stored<Health>;
  /** Whether the browser has StorageManager.persist(). */
  api?: boolean;
  /** The browser's answer to persisted(). */
  persisted?: boolean;
  /** Item times of the stored data (the backup record left out). */
  times: number[];
  message?: string;
}

const storageManager = () =>
  typeof navigator !== 'undefined' &&
  navigator.storage &&
  typeof navigator.storage.persist === 'function' &&
  typeof navigator.storage.persisted === 'function'
    ? navigator.storage
    : undefined;

export default class StorageHealthPanel extends Component<object, State> {
  override state: State = { stored: { value: {}, save: { state: 'opening' }, loaded: false }, times: [] };
  conn?: Connection<Health>;

  override componentDidMount() {
    this.conn = connect(
      (m) => m.healthKind,
      'all',
      {},
      (stored) => {
        this.setState({ stored });
        this.recount();
      },
    );
    void this.askPersisted();
    addEventListener('storage', this.recount);
  }

  override componentWillUnmount() {
    this.conn?.close();
    removeEventListener('storage', this.recount);
  }

  /** Reads again how old the changes are (after a backup, a restore or another tab's change). */
  recount = () =>
    void loadStore().then(
      (m) => this.setState({ times: m.browserStore().changeTimes(['health']) }),
      () => {},
    );

  async askPersisted() {
    const api = storageManager();
    this.setState({ api: Boolean(api), persisted: api ? await api.persisted().catch(() => false) : false });
  }

  override render(_: object, { stored, api, persisted, times, message }: State) {
    const health = stored.value;
    const noStorage = stored.save.state === 'not-saved' && stored.save.why === 'unavailable';
    const state = persistState({
      storageAvailable: !noStorage,
      apiAvailable: api ?? false,
      persisted: persisted ?? false,
      asked: health.persistAskedAt !== undefined,
    });
    const text = PERSIST_STATES[state];
    const now = Date.now();
    const reminder = backupReminder(backupStateOf(times, health.backupAt), now);
    const ask = async () => {
      const granted = await storageManager()
        ?.persist()
        .catch(() => false);
      this.conn?.update((h) => ({ ...h, persistAskedAt: Date.now() }));
      this.setState({ persisted: Boolean(granted) });
    };
    const backup = () =>
      pageStore().then(
        (store) => {
          const text = store.exportText();
          download(DATA_FILE_NAME, text, 'application/json');
          const at = (JSON.parse(text) as { exportedAt: number }).exportedAt;
          this.conn?.update((h) => ({ ...h, backupAt: at }));
          this.setState({ message: 'Backup downloaded. Keep the file somewhere other than this browser.' });
          this.recount();
        },
        () => this.setState({ message: NO_CODE }),
      );
    const loaded = stored.loaded && api !== undefined;
    return (
      <div class="storage-health" data-state={loaded ? state : 'opening'}>
        {loaded ? (
          <p class="health-state" data-tone={text.tone}>
            <strong>{text.label}.</strong> {text.explanation}
          </p>
        ) : (
          <p class="health-state">Checking how this browser keeps the handbook’s data…</p>
        )}
        {loaded && text.canAsk && (
          <p>
            <button type="button" onClick={() => void ask()}>
              Ask this browser to keep the data
            </button>
          </p>
        )}
        <p class="backup-date">
          Last backup of everything:{' '}
          {health.backupAt === undefined ? 'none from this browser yet' : <When at={health.backupAt} />}.
        </p>
        {loaded && reminder.remind && (
          <p class="notice backup-reminder">
            Changes made {reminder.unsavedDays} days ago are in no backup. Safari clears what a site saved after seven
            days without a visit, and any browser can lose it when its data is cleared: back up now.
          </p>
        )}
        <p>
          <button type="button" onClick={() => void backup()}>
            Back up everything
          </button>
        </p>
        <p role="status">{message}</p>
        <ImportFile
          label="Restore from a backup file"
          done="Restored. Every tool on this page and in other tabs now shows the restored data."
          onApplied={(mode, exportedAt) => {
            // After Replace the data is exactly the file's: it counts as backed up when the file was made.
            if (mode === 'replace' && exportedAt !== undefined)
              this.conn?.update((h) => ({ ...h, backupAt: exportedAt }));
            this.recount();
          }}
        />
      </div>
    );
  }
}
