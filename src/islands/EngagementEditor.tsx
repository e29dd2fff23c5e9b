/**
 * One engagement, edited: client, project and notes, the key dates, the next action, and the
 * dated lists (milestones, invoices, client dependencies, decisions). Below them, the reminders
 * those dates give, each with its message filled from the engagement, and the calendar files.
 * Every form checks its fields with the engagement schema and shows each message next to its
 * field; nothing invalid is saved.
 */
import { Component } from 'preact';
import type * as z from 'zod/mini';
import { createEngagement, engagementName, renameEngagement, type Engagement } from '../lib/engagements/engagement';
import { addItem, removeItem, setNextAction, setNotes, updateDates, updateItem } from '../lib/engagements/edit';
import { adopt, choose, editEngagement, type Chosen } from '../lib/engagements/chosen';
import { cryptoRandom } from '../lib/engagements/ids';
import { engagementPath, engagementFromSearch } from '../lib/engagements/links';
import {
  blank,
  draftOf,
  fieldErrors,
  KEY_DATE_FIELDS,
  LIST_FORMS,
  NAME_FIELDS,
  NEXT_ACTION_FIELDS,
  valueOf,
  type Draft,
  type FieldSpec,
} from '../lib/engagements/form';
import { engagementReminders, type Reminder } from '../lib/engagements/reminders';
import { placeholderValues, type PlaceholderSubject } from '../lib/engagements/placeholders';
import { engagementsToIcs, icsFileName } from '../lib/engagements/calendar-export';
import { localToday } from '../lib/calendar/iso-date';
import { fill, segments } from '../lib/messages';
import type { DatedList } from '../lib/engagements/kind';
import {
  clientDependencySchema,
  decisionSchema,
  engagementNamesSchema,
  keyDatesSchema,
  invoiceSchema,
  milestoneSchema,
  nextActionSchema,
} from '../schemas/engagement';
import type { EngagementRef } from '../lib/engagements/runs';
// Imported statically, not through their lazy loaders: this island is itself loaded after
// hydration, with the storage code.
import { engagementsKind, worksheetKind } from '../lib/persistence/store';
import type { WorksheetRunSet } from '../lib/worksheet/worksheet';
import { fromWorksheet, withWorksheetDependencies } from '../lib/engagements/dependency-list';
import { DEPENDENCY_WORKSHEET } from '../lib/engagements/evidence';
import { TOOL_PATHS } from '../lib/engagements/links';
import { EngagementPicker } from './EngagementPicker';
import { connect, type Connection, type Stored } from './stored';
import { CopyButton } from './CopyButton';
import { download, SaveStatus } from './SaveStatus';
import { failureWhy } from './failure-words';
import type { SlotStatus } from '../lib/persistence/store';
import type { EngagementPageProps, PageMessage } from './engagement-page-props';

type Check = (
  value: Record<string, unknown>,
) => { ok: true; value: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

/** A check by a schema: its output, or one message per field. */
const by =
  (schema: z.ZodMiniType, extra: Record<string, unknown> = {}): Check =>
  (value) => {
    const r = schema.safeParse({ ...extra, ...value });
    return r.success
      ? { ok: true, value: r.data as Record<string, unknown> }
      : { ok: false, errors: fieldErrors(r.error.issues) };
  };

const ITEM_SCHEMAS: Record<DatedList, z.ZodMiniType> = {
  milestones: milestoneSchema,
  invoices: invoiceSchema,
  dependencies: clientDependencySchema,
  decisions: decisionSchema,
};

/** How long the reader pauses typing before an autosaving form saves, in ms. */
export const AUTOSAVE_MS = 500;

/** The status line before anything is saved: which forms save as the reader types, which on their button. */
const IDLE =
  'Nothing saved yet. The dates, client, project and notes are saved in this browser as you type; the next action and each list item when you press its button.';

interface FormProps {
  /** Prefix of the form's element ids, unique on the page. */
  id: string;
  legend: string;
  fields: readonly FieldSpec[];
  value: object | undefined;
  check: Check;
  /**
   * Saves; false when it did not (the form's engagement is no longer the one open), so the typed
   * text stays; otherwise the store's status after the write (undefined while storage is opening).
   */
  save: (value: Record<string, unknown>) => SlotStatus | undefined | boolean | void;
  /** The button that commits the form; without one the form saves as the reader types (autosave). */
  submit?: string;
  /** The engagement the form edits: typed text already saved is dropped when another is open. */
  of?: string;
  /** A blank form is accepted as "clear" (the next action) or ignored (an add form). */
  onBlank?: () => SlotStatus | undefined | boolean | void;
  remove?: () => void;
  /** Told when the form starts or stops holding typed text that is not saved. */
  onDirty?: (id: string, dirty: boolean) => void;
  /** A new value drops the typed text (the reader chose to discard it). */
  reset?: number;
}

interface FormState {
  /** What the reader typed, while it differs from what is shown stored (or is still being typed). */
  draft?: Draft | undefined;
  /** The draft last saved by autosave: the form keeps showing it (untrimmed) while the reader is in it. */
  saved?: Draft | undefined;
  errors: Record<string, string>;
  /** An autosaving form's answer beside it: saved (read back), or why not. */
  note?: { ok: boolean; text: string } | undefined;
}

/**
 * One form: labelled fields, the schema's message under each field it refuses, and its buttons.
 * A form without a submit button saves as the reader types (after a pause, and when a field is
 * left or changed), and says beside itself when the store has read the change back or why not.
 */
class EditForm extends Component<FormProps, FormState> {
  override state: FormState = { errors: {} };
  timer?: ReturnType<typeof setTimeout>;
  /** Typed text not saved yet. */
  unsaved(s: FormState = this.state) {
    return s.draft !== undefined && s.draft !== s.saved;
  }
  flush = () => {
    if (this.unsaved()) this.attempt(false);
  };
  override componentDidMount() {
    if (this.props.submit) return;
    addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
  }
  override componentDidUpdate(before: FormProps, was: FormState) {
    if (before.reset !== this.props.reset && this.state.draft) {
      clearTimeout(this.timer);
      return this.setState({ draft: undefined, saved: undefined, errors: {}, note: undefined });
    }
    // Saved text kept on screen belongs to the engagement it was typed for, not to one opened since.
    if (before.of !== this.props.of && this.state.draft && !this.unsaved())
      return this.setState({ draft: undefined, saved: undefined, note: undefined });
    if (this.unsaved(was) !== this.unsaved()) this.props.onDirty?.(this.props.id, this.unsaved());
  }
  override componentWillUnmount() {
    clearTimeout(this.timer);
    removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
    if (this.unsaved()) this.props.onDirty?.(this.props.id, false);
  }

  /** Autosave: checks and saves what is typed; `asked` (a submit) focuses the first refused field. */
  attempt(asked: boolean) {
    clearTimeout(this.timer);
    const { fields, check, save, id } = this.props;
    const draft = this.state.draft;
    if (draft === undefined || (!asked && draft === this.state.saved)) return;
    const result = check(valueOf(draft, fields));
    if (!result.ok) {
      const first = fields.find((f) => result.errors[f.key]);
      this.setState({
        errors: result.errors,
        note: { ok: false, text: `Not saved: ${first ? `${first.label}: ` : ''}${Object.values(result.errors)[0]}` },
      });
      if (asked && first)
        (this.base as Element | undefined)?.querySelector<HTMLElement>(`#${id}-${first.key}`)?.focus();
      return;
    }
    const status = save(result.value);
    if (status === false)
      return this.setState({
        errors: {},
        note: {
          ok: false,
          text: 'Not saved: this form belongs to an engagement that is no longer open here (see above).',
        },
      });
    if (typeof status === 'object' && status.failure)
      return this.setState({ errors: {}, note: { ok: false, text: `Not saved: ${failureWhy(status.failure)}.` } });
    // Stored and read back (or queued until storage opens, which the status line above then answers).
    const shown = (this.base as Element | undefined)?.contains(document.activeElement);
    this.setState({
      errors: {},
      saved: draft,
      // Text the save trimmed stays as typed while the reader is still in the form.
      draft: shown ? draft : undefined,
      note: typeof status === 'object' && status.savedAt !== undefined ? { ok: true, text: 'Saved' } : undefined,
    });
  }

  override render(
    { id, legend, fields, value, check, save, submit, onBlank, remove }: FormProps,
    { draft, errors, note }: FormState,
  ) {
    // Until the reader types, the form shows what is stored (another tab's change included).
    const shown = draft ?? draftOf(value, fields);
    const onSubmit = (e: Event) => {
      e.preventDefault();
      if (!submit) return this.attempt(true);
      if (onBlank && blank(shown)) {
        if (onBlank() === false) return;
        return this.setState({ draft: undefined, errors: {} });
      }
      const result = check(valueOf(shown, fields));
      if (!result.ok) {
        this.setState({ errors: result.errors });
        // Focus the first field with a message, so a keyboard or screen reader user lands on it.
        const first = fields.find((f) => result.errors[f.key]);
        if (first) (this.base as Element | undefined)?.querySelector<HTMLElement>(`#${id}-${first.key}`)?.focus();
        return;
      }
      const status = save(result.value);
      if (status === false) return;
      if (typeof status === 'object' && status.failure)
        return this.setState({ note: { ok: false, text: `Not saved: ${failureWhy(status.failure)}.` } });
      this.setState({ draft: undefined, errors: {}, note: undefined });
    };
    const unplaced = Object.entries(errors).filter(([k]) => !fields.some((f) => f.key === k));
    const typed = (e: Event) => {
      this.setState({
        draft: { ...shown, [(e.currentTarget as HTMLInputElement).name]: (e.currentTarget as HTMLInputElement).value },
        note: undefined,
      });
      if (!submit) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.attempt(false), AUTOSAVE_MS);
      }
    };
    // Leaving or changing a field saves at once; leaving the form drops the kept (already saved) text.
    const left = () => {
      if (submit) return;
      this.flush();
      setTimeout(() => {
        if (
          !this.unsaved() &&
          this.state.draft &&
          !(this.base as Element | undefined)?.contains(document.activeElement)
        )
          this.setState({ draft: undefined });
      });
    };
    return (
      <form class="edit-form" data-form={id} noValidate onSubmit={onSubmit}>
        <fieldset>
          <legend>{legend}</legend>
          <div class="fields">
            {fields.map((f) => {
              const fid = `${id}-${f.key}`;
              const error = errors[f.key];
              const described =
                [f.hint ? `${fid}-hint` : '', error ? `${fid}-error` : ''].filter(Boolean).join(' ') || undefined;
              const common = {
                id: fid,
                name: f.key,
                value: shown[f.key] ?? '',
                'aria-invalid': error ? ('true' as const) : undefined,
                'aria-describedby': described,
                onInput: typed,
                onChange: submit ? undefined : () => this.flush(),
                onBlur: left,
              };
              return (
                <div class={`field field-${f.type}`} key={f.key}>
                  <label for={fid}>
                    {f.label}
                    {f.optional && <span class="optional"> (optional)</span>}
                  </label>
                  {f.hint && (
                    <span class="hint" id={`${fid}-hint`}>
                      {f.hint}
                    </span>
                  )}
                  {f.type === 'textarea' ? (
                    <textarea {...common} rows={3} maxLength={f.max} />
                  ) : f.type === 'date' ? (
                    <input {...common} type="date" min="2000-01-01" max="2099-12-31" />
                  ) : (
                    <input
                      {...common}
                      type="text"
                      inputMode={f.type === 'number' ? 'decimal' : undefined}
                      maxLength={f.max}
                      autoComplete="off"
                    />
                  )}
                  {error && (
                    <span class="field-error" id={`${fid}-error`}>
                      {error}
                    </span>
                  )}
                </div>
              );
            })}
          </div>
          {unplaced.map(([k, m]) => (
            <p class="field-error" key={k}>
              {m}
            </p>
          ))}
          {submit && (
            <div class="tool-bar">
              <button type="submit">{submit}</button>
              {remove && (
                <button type="button" class="destructive" onClick={remove}>
                  Remove
                </button>
              )}
            </div>
          )}
          {/* Beside what changed: saved (read back) or why not; always there on an autosaving form, so its words move nothing. */}
          {(!submit || note) && (
            <p class="form-save" data-ok={note ? String(note.ok) : undefined} role="status">
              {note?.text}
            </p>
          )}
        </fieldset>
      </form>
    );
  }
}

/** Message text with what is still unfilled marked, as `[Label]`. */
const Marked = ({ text, labels }: { text: string; labels: Record<string, string> }) => (
  <>{segments(text, labels).map((s, i) => (s.kind === 'text' ? s.text : <mark key={i}>{s.text}</mark>))}</>
);
const plain = (text: string, labels: Record<string, string>) =>
  segments(text, labels)
    .map((s) => s.text)
    .join('');

const subjectOf = (r: Reminder): PlaceholderSubject =>
  r.kind.startsWith('invoice') || r.kind === 'final-notice'
    ? { invoiceId: r.subjectId }
    : r.kind === 'client-dependency'
      ? { dependencyId: r.subjectId }
      : r.kind === 'decision'
        ? { decisionId: r.subjectId }
        : {};

const STATUS = { overdue: 'Overdue', today: 'Today', upcoming: 'Coming up', past: 'Past' } as const;
/** A date that only happens (a kickoff) is past, not overdue, once it has gone by. */
const statusOf = (r: Reminder) => (r.kind === 'kickoff' && r.status === 'overdue' ? 'past' : r.status);

function ReminderItem({
  r,
  e,
  today,
  message,
}: {
  r: Reminder;
  e: Engagement;
  today: string;
  message: PageMessage | undefined;
}) {
  const values = placeholderValues(e, subjectOf(r), today);
  const subject = message && fill(message.subject, values);
  const body = message && fill(message.body, values);
  return (
    <li class="reminder" data-status={statusOf(r)} data-kind={r.kind}>
      <p class="reminder-head">
        <span class="badge">{STATUS[statusOf(r)]}</span> <strong>{r.date}</strong> {r.title}
      </p>
      <p class="reminder-detail">{r.detail}</p>
      {message && subject !== undefined && body !== undefined && (
        <details class="reminder-message">
          <summary>Message to send: {message.title}</summary>
          <p class="message-subject">
            Subject: <Marked text={subject} labels={message.labels} />
          </p>
          <div class="message-body">
            {body.split(/\n{2,}/).map((para, i) => (
              <p key={i}>
                <Marked text={para} labels={message.labels} />
              </p>
            ))}
          </div>
          <p>
            <CopyButton
              label="Copy message"
              text={() => `Subject: ${plain(subject, message.labels)}\n\n${plain(body, message.labels)}`}
            />
          </p>
        </details>
      )}
    </li>
  );
}

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
    const edit = (change: (e: Engagement, now: number) => Engagement) => {
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
    const overdue = reminders.filter((r) => statusOf(r) === 'overdue').length;
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

        <section aria-labelledby="reminders-heading">
          <h2 id="reminders-heading">Reminders</h2>
          <p class="reminder-count" id="reminder-count">
            {reminders.length === 0
              ? 'No reminders yet: add an invoice, a client dependency, a decision, a milestone or a next action below.'
              : `${reminders.length} reminder${reminders.length === 1 ? '' : 's'}, ${overdue} overdue.`}
          </p>
          {reminders.length > 0 && (
            <ol class="reminders">
              {reminders.map((r) => (
                <ReminderItem
                  key={`${r.kind}.${r.subjectId}`}
                  r={r}
                  e={e}
                  today={today}
                  message={r.messageId && messages[r.messageId]}
                />
              ))}
            </ol>
          )}
          <div class="tool-bar">
            {/* Not the page's primary action, and nothing to download until there is a reminder: the line above says why. */}
            <button
              type="button"
              disabled={reminders.length === 0}
              aria-describedby={reminders.length === 0 ? 'reminder-count' : undefined}
              onClick={() => ics([e], icsFileName(today).replace(/\.ics$/, `-${id}.ics`))}
            >
              Download calendar file (.ics)
            </button>
            <button
              type="button"
              onClick={() =>
                ics(
                  stored.value.engagements.map((x) => withWorksheetDependencies(x, rowsOf(x.id))),
                  icsFileName(today),
                )
              }
            >
              Download calendar file for all engagements (.ics)
            </button>
          </div>
          <p class="hint">
            Import the file into your calendar. Import it again after a change: each event keeps its identity, so the
            calendar updates it instead of adding a copy. An item you close (an invoice marked paid, an input received)
            is left out of the next file, but a calendar cannot be told to delete it: remove that event by hand.
          </p>
        </section>

        <section aria-labelledby="dates-heading">
          <h2 id="dates-heading">Dates</h2>
          <EditForm
            {...own}
            id="key-dates"
            legend="Contract and kickoff"
            fields={KEY_DATE_FIELDS}
            value={e.dates}
            check={by(keyDatesSchema)}
            save={(v) =>
              edit((x, now) =>
                updateDates(
                  x,
                  { signature: v.signature as string | undefined, kickoff: v.kickoff as string | undefined },
                  now,
                ),
              )
            }
          />
          <EditForm
            {...own}
            id="next-action"
            legend="Next action"
            fields={NEXT_ACTION_FIELDS}
            value={e.nextAction}
            check={by(nextActionSchema)}
            save={(v) => edit((x, now) => setNextAction(x, v as Engagement['nextAction'], now))}
            onBlank={() => edit((x, now) => setNextAction(x, undefined, now))}
            submit="Save next action"
          />
          {(Object.keys(LIST_FORMS) as DatedList[]).map((list) => {
            const form = LIST_FORMS[list];
            const schema = ITEM_SCHEMAS[list];
            const items = base.dates[list] as { id: string }[];
            const fromSheet = list === 'dependencies' ? e.dates.dependencies.filter(fromWorksheet) : [];
            return (
              <section key={list} aria-labelledby={`${list}-heading`} class="dated-list">
                <h3 id={`${list}-heading`}>{form.heading}</h3>
                {items.map((item, n) => (
                  <EditForm
                    {...own}
                    key={item.id}
                    id={`${list}-${item.id}`}
                    legend={`${form.one[0]!.toUpperCase()}${form.one.slice(1)} ${n + 1}`}
                    fields={form.fields}
                    value={item}
                    check={by(schema, { id: item.id })}
                    save={(v) => {
                      // Every field named, so a cleared optional date is removed, not kept.
                      const change = Object.fromEntries(form.fields.map((f) => [f.key, v[f.key]]));
                      return edit((x, now) => updateItem(x, list, item.id, change, now));
                    }}
                    remove={() => edit((x, now) => removeItem(x, list, item.id, now))}
                    submit={`Save ${form.one}`}
                  />
                ))}
                {fromSheet.length > 0 && (
                  <div class="from-worksheet">
                    <h4 id="dependencies-from-sheet">On the client input worksheet</h4>
                    <ul aria-labelledby="dependencies-from-sheet">
                      {fromSheet.map((d) => (
                        <li key={d.id}>
                          <strong>{d.what}</strong>, from {d.owner}, due {d.dueOn}{' '}
                          <a href={engagementPath(TOOL_PATHS.dependencies, id, d.id)}>Edit on the worksheet</a>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                <details class="add-item">
                  <summary>
                    Add {form.an} {form.one}
                  </summary>
                  <EditForm
                    {...own}
                    id={`${list}-new`}
                    legend={`New ${form.one}`}
                    fields={form.fields}
                    value={undefined}
                    check={by(schema, { id: 'new' })}
                    save={(v) => {
                      const { id: _new, ...item } = v;
                      return edit((x, now) => addItem(x, list, item as never, cryptoRandom, now).engagement);
                    }}
                    submit={`Add ${form.one}`}
                  />
                </details>
              </section>
            );
          })}
        </section>

        <section aria-labelledby="about-heading">
          <h2 id="about-heading">Client, project and notes</h2>
          <EditForm
            {...own}
            id="names"
            legend="Engagement"
            fields={NAME_FIELDS}
            value={e}
            check={by(engagementNamesSchema, { project: '' })}
            save={(v) =>
              edit((x, now) =>
                setNotes(
                  // An empty project is a project cleared: the schema keeps it as '' rather than absent.
                  renameEngagement(
                    x,
                    { client: v.client as string, project: (v.project as string | undefined) ?? '' },
                    now,
                  ),
                  (v.notes as string | undefined) ?? '',
                  now,
                ),
              )
            }
          />
        </section>
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
