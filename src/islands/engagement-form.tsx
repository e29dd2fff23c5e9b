/**
 * The engagement page's forms: labelled fields checked by the engagement schema, the message under
 * each field it refuses, and their buttons; forms without a button save as the reader types.
 */
import { Component } from 'preact';
import type * as z from 'zod/mini';
import { blank, draftOf, fieldErrors, valueOf, type Draft, type FieldSpec } from '../lib/engagements/form';
import type { DatedList } from '../lib/engagements/kind';
import { clientDependencySchema, decisionSchema, invoiceSchema, milestoneSchema } from '../schemas/engagement';
import type { SlotStatus } from '../lib/persistence/store';
import { failureWhy } from '../tools/kit/failure-words';
import { FormField } from './engagement-field';

type Check = (
  value: Record<string, unknown>,
) => { ok: true; value: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

/** A check by a schema: its output, or one message per field. */
export const by =
  (schema: z.ZodMiniType, extra: Record<string, unknown> = {}): Check =>
  (value) => {
    const r = schema.safeParse({ ...extra, ...value });
    return r.success
      ? { ok: true, value: r.data as Record<string, unknown> }
      : { ok: false, errors: fieldErrors(r.error.issues) };
  };

export const ITEM_SCHEMAS: Record<DatedList, z.ZodMiniType> = {
  milestones: milestoneSchema,
  invoices: invoiceSchema,
  dependencies: clientDependencySchema,
  decisions: decisionSchema,
};

/** How long the reader pauses typing before an autosaving form saves, in ms. */
export const AUTOSAVE_MS = 500;

/** The status line before anything is saved: which forms save as the reader types, which on their button. */
export const IDLE =
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
export class EditForm extends Component<FormProps, FormState> {
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
            {fields.map((f) => (
              <FormField
                key={f.key}
                f={f}
                id={`${id}-${f.key}`}
                value={shown[f.key] ?? ''}
                error={errors[f.key]}
                onInput={typed}
                onChange={submit ? undefined : () => this.flush()}
                onBlur={left}
              />
            ))}
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
