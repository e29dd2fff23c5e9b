/**
 * One engagement, edited: client, project and notes, the key dates, the next action, and the
 * dated lists (milestones, invoices, client dependencies, decisions). Below them, the reminders
 * those dates give, each with its message filled from the engagement, and the calendar files.
 * Every form checks its fields with the engagement schema and shows each message next to its
 * field; nothing invalid is saved.
 */
import { Component } from 'preact';
import { createEngagement, engagementName, type Engagement } from '../lib/engagements/engagement';
import { adopt, choose, editEngagement, type Chosen } from '../lib/engagements/chosen';
import { cryptoRandom } from '../lib/engagements/ids';
import { engagementPath, engagementFromSearch } from '../lib/engagements/links';
import { engagementReminders } from '../lib/engagements/reminders';
import { engagementsToIcs, icsFileName } from '../lib/engagements/calendar-export';
import { localToday } from '../lib/calendar/iso-date';
import type { EngagementRef } from '../lib/engagements/runs';
// Imported statically, not through their lazy loaders: this island is itself loaded after
// hydration, with the storage code.
import { engagementsKind, worksheetKind } from '../tools/registry';
import type { WorksheetRunSet } from '../tools/worksheet/worksheet';
import { withWorksheetDependencies } from '../lib/engagements/dependency-list';
import { DEPENDENCY_WORKSHEET } from '../lib/engagements/evidence';
import { EngagementPicker } from '../tools/kit/EngagementPicker';
import { connect, type Connection, type Stored } from '../tools/kit/stored';
import { download, SaveStatus } from '../tools/kit/SaveStatus';
import { failureWhy } from '../tools/kit/failure-words';
import type { EngagementPageProps } from './engagement-page-props';
import { IDLE } from './engagement-form';
import { RemindersSection } from './engagement-reminders';
import { DatesSection, NamesSection, type Edit } from './engagement-sections';

interface State {
  stored: Stored<Chosen>;
  current?: EngagementRef;
  /** Raised when the reader discards typed text: every form drops its own. */
  reset: number;
  /** Forms holding typed text that is not saved. */
  dirty: number;
  /** Why keeping typed text as a new engagement did not work. */
  problem?: string;
  /** The client input dependency worksheet: its dated rows are this engagement's dependencies too. */
  sheet?: WorksheetRunSet;
}

export class EngagementEditor extends Component<EngagementPageProps, State> {
  override state: State = {
    stored: { value: { engagements: [], current: '' }, save: { state: 'opening' }, loaded: false },
    reset: 0,
    dirty: 0,
  };
  conn?: Connection<Chosen>;
  /** The forms holding typed text that is not saved. */
  dirty = new Set<string>();
  /**
   * The engagement the typed text belongs to, as last seen. An open form belongs to one engagement:
   * when another is open now (this one deleted or switched away in another tab), nothing is saved
   * until the reader chooses what happens to the typed text.
   */
  owner?: Engagement | undefined;
  /** Whether the owner was a stored engagement (not the first visit's default, stored with the first change). */
  ownerStored = false;
  /** Set when the typed text was kept as a new engagement: its forms save once it is the open one. */
  saveKept = false;

  onDirty = (form: string, dirty: boolean) => {
    if (dirty) this.dirty.add(form);
    else this.dirty.delete(form);
    this.setState({ dirty: this.dirty.size });
  };

  /** Makes the owner (as last seen, dates and all) a new engagement, current, and saves the typed text on it. */
  keepAsNew() {
    const owner = this.owner;
    if (!owner) return;
    let made = '';
    const was = this.state.stored.value.current;
    const status = this.conn?.update((c) => {
      const now = Date.now();
      const fresh = createEngagement(
        { client: owner.client, project: owner.project },
        c.engagements,
        cryptoRandom,
        now,
      );
      made = fresh.id;
      return {
        engagements: [...c.engagements, { ...owner, id: fresh.id, createdAt: now, updatedAt: now }],
        current: fresh.id,
      };
    });
    if (status?.failure) {
      if (made) this.conn?.update((c) => ({ engagements: c.engagements.filter((x) => x.id !== made), current: was }));
      return this.setState({
        problem: `Not kept: ${failureWhy(status.failure)}. What you typed is still in the forms below.`,
      });
    }
    this.owner = { ...owner, id: made };
    this.saveKept = true;
    this.setState({ problem: '' });
  }

  discard() {
    this.dirty.clear();
    this.owner = undefined;
    this.setState((s) => ({ reset: s.reset + 1, dirty: 0, problem: '' }));
  }

  override componentDidUpdate() {
    // The kept copy is open now: each form with typed text saves it (and shows its messages if it cannot).
    if (!this.saveKept || !this.owner || this.state.current?.id !== this.owner.id) return;
    this.saveKept = false;
    for (const form of this.dirty)
      (this.base as Element | undefined)?.querySelector<HTMLFormElement>(`form[data-form="${form}"]`)?.requestSubmit();
  }
  sheetConn?: Connection<WorksheetRunSet>;
  /** The engagement the page's link named, to say so when this browser does not have it. */
  linked = typeof location === 'undefined' ? undefined : engagementFromSearch(location.search);

  override componentDidMount() {
    this.conn = connect(
      () => engagementsKind,
      'all',
      this.state.stored.value,
      (stored) => this.setState({ stored }),
    );
    this.sheetConn = connect(
      () => worksheetKind(),
      DEPENDENCY_WORKSHEET.id,
      { active: '', runs: [] },
      (sheet) => this.setState({ sheet: sheet.value }),
    );
  }
  override componentWillUnmount() {
    this.conn?.close();
    this.sheetConn?.close();
  }

  onCurrent = (ref: EngagementRef) => {
    this.setState({ current: ref });
    const url = new URL(location.href);
    if (url.searchParams.get('engagement') !== ref.id) {
      url.searchParams.set('engagement', ref.id);
      history.replaceState(history.state, '', url);
    }
  };

  override render({ messages, tools }: EngagementPageProps, { stored, current, reset, problem, sheet }: State) {
    const picker = <EngagementPicker found={[]} onCurrent={this.onCurrent} />;
    if (!current)
      return (
        <div class="engagement-editor">
          {picker}
          <SaveStatus stored={stored} name="engagements" idle={IDLE} />
        </div>
      );
    const id = current.id;
    const listed = stored.value.engagements.find((e) => e.id === id);
    // An engagement only listed (the first visit's default) is stored with the first change.
    const open: Engagement = listed ?? {
      id,
      client: current.name,
      project: '',
      dates: { milestones: [], invoices: [], dependencies: [], decisions: [] },
      createdAt: 0,
      updatedAt: 0,
    };
    if (this.dirty.size === 0 || !this.owner) {
      this.owner = open;
      this.ownerStored = listed !== undefined;
    } else if (this.owner.id === id && listed) {
      this.owner = listed;
      this.ownerStored = true;
    }
    // Typed text of another engagement (deleted or switched away elsewhere): its forms stay as typed, saving nothing.
    const orphan = this.owner.id !== id || (this.ownerStored && !listed) ? this.owner : undefined;
    // One list of client dependencies: the worksheet's dated rows join the ones added here.
    const rowsOf = (engagementId: string) => sheet?.runs.find((r) => r.id === engagementId)?.rows;
    const base = orphan ?? open;
    const e = withWorksheetDependencies(base, rowsOf(base.id));
    const deleted = orphan && !stored.value.engagements.some((x) => x.id === orphan.id);
    /** Saves a change on the open engagement; false when the form's engagement is no longer the one open. */
    const edit: Edit = (change) => {
      if (orphan) return false;
      return this.conn?.update((c) => {
        const now = Date.now();
        const withIt = c.engagements.some((x) => x.id === id) ? c : adopt(c, [{ id, name: e.client }], now);
        return editEngagement(withIt, id, (x) => change(x, now));
      });
    };
    const own = { onDirty: this.onDirty, reset, of: base.id };
    const today = localToday(Date.now());
    const reminders = engagementReminders(e, today);
    const ics = (list: Engagement[], name: string) =>
      download(
        name,
        engagementsToIcs(list, {
          origin: location.origin,
          today,
          now: Date.now(),
          messageTitle: (m) => messages[m]?.title,
          calendarName: 'Client handoff reminders',
        }),
        'text/calendar',
      );
    const missing = stored.loaded && this.linked !== undefined && this.linked !== id;
    return (
      <div class="engagement-editor">
        {picker}
        <SaveStatus stored={stored} name="engagements" idle={IDLE} />
        {missing && (
          <p class="notice">
            The link names an engagement this browser does not hold (deleted, or saved in another browser). Showing{' '}
            {engagementName(e)} instead.
          </p>
        )}
        {orphan && (
          <div class="notice form-owner" role="alert">
            <p>
              {deleted
                ? `“${engagementName(orphan)}” was deleted in another tab or window while you were typing here.`
                : `“${engagementName(orphan)}” is no longer the engagement open here: “${current.name}” was chosen, in another tab or in the picker.`}{' '}
              What you typed for it below is not saved anywhere, and will not be saved on another engagement.
            </p>
            <p class="tool-bar">
              <button type="button" onClick={() => this.keepAsNew()}>
                Keep what I typed as a new engagement
              </button>
              {!deleted && (
                <button type="button" onClick={() => this.conn?.update((c) => choose(c, orphan.id))}>
                  Go back to “{engagementName(orphan)}”
                </button>
              )}
              <button type="button" class="destructive" onClick={() => this.discard()}>
                Discard what I typed
              </button>
            </p>
            {problem && <p>{problem}</p>}
          </div>
        )}
        <h2 id="engagement-name">{engagementName(e)}</h2>

        <RemindersSection
          reminders={reminders}
          e={e}
          today={today}
          messages={messages}
          onIcsOne={() => ics([e], icsFileName(today).replace(/\.ics$/, `-${id}.ics`))}
          onIcsAll={() =>
            ics(
              stored.value.engagements.map((x) => withWorksheetDependencies(x, rowsOf(x.id))),
              icsFileName(today),
            )
          }
        />

        <DatesSection id={id} base={base} e={e} edit={edit} own={own} />

        <NamesSection e={e} edit={edit} own={own} />
        <nav aria-label="Tools for this engagement" class="engagement-tools">
          <p>Open a tool on this engagement:</p>
          <ul>
            {tools.map((t) => (
              <li key={t.path}>
                <a href={engagementPath(t.path, id)}>{t.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    );
  }
}
