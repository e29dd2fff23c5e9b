/** The handoff record: the printable form, plus named records, the completeness check and the Markdown export. */
import { Component } from 'preact';
import type { RecordForm } from './schema';
import { checkCompleteness, recordToMarkdown, type RecordValues, type StageName } from './record';
import { recordName, recordNames, withoutRecord, withRecord, type SavedRecords } from './saved';
import type { RecordsStored } from './kind';
import { connect, type Connection, type Stored } from '../kit/stored';
import { Picker } from '../kit/picker';
import { download, SaveStatus } from '../kit/SaveStatus';
import { failureWhy } from '../kit/failure-words';
import { HandoffRecordCheck } from './HandoffRecordCheck';
import { PrintStamp } from '../kit/PrintStamp';
import { CurrentEngagement } from '../kit/current-engagement';
import { engagementsIn, sliceOf, withSlice } from '../../lib/engagements/scoped';

/** The field that names who the record is for: filled from the current engagement. */
const CLIENT_FIELD = 'client';

interface Props {
  id: string;
  form: RecordForm;
  stages: StageName[];
}

type State = Stored<RecordsStored> & {
  values: RecordValues;
  /** What the last action did, and its kind: a success in the success style, a failure in the error style. */
  notice: { text: string; tone?: 'ok' | 'bad' };
  markdown: string;
  hydrated?: boolean;
};

export default class HandoffRecordIsland extends Component<Props, State> {
  override state: State = {
    value: { records: {}, draft: {} },
    save: { state: 'opening' },
    loaded: false,
    values: {},
    notice: { text: '' },
    markdown: '',
  };
  conn?: Connection<RecordsStored>;
  engagement = new CurrentEngagement<RecordsStored>(
    () => this.conn,
    () => this.forceUpdate(),
  );

  override componentDidMount() {
    // Text typed before the script arrived stays, over the saved draft, and is saved as the draft.
    const early: RecordValues = {};
    for (const field of (this.base as Element | undefined)?.querySelectorAll<HTMLInputElement>('[name]') ?? [])
      if (field.value !== '') early[field.name] = field.value;
    this.setState({ values: early });
    let first = true;
    const c = (this.conn = connect(
      (m) => m.handoffRecordKind,
      this.props.id,
      this.state.value,
      (next) => {
        this.setState(next);
        if (next.loaded && first) {
          first = false;
          this.setState(({ values: typed }) => ({ values: { ...next.value.draft, ...typed } }));
        }
      },
    ));
    if (Object.keys(early).length > 0) c.update((s) => ({ ...s, draft: { ...s.draft, ...early } }));
    this.setState({ hydrated: true });
  }

  override componentWillUnmount() {
    this.conn?.close();
  }

  /** Changes the current engagement's records as stored now, not as this tab loaded them: another tab may have saved since. */
  store(change: (current: SavedRecords) => SavedRecords, done: string) {
    const status = this.engagement.update((s, e) => ({
      ...s,
      records: withSlice(s.records, e, change({ records: sliceOf(s.records, e) }).records),
    }));
    // Never "Added" beside "Not saved": a change that was not stored says so here, where the reader acted.
    this.setState({
      notice: status?.failure
        ? { text: `Not saved: ${failureWhy(status.failure)}.`, tone: 'bad' }
        : { text: done, tone: 'ok' },
    });
  }

  /** Every keystroke is kept as the draft, so a reload or a closed tab loses nothing typed. */
  setDraft = (next: RecordValues) => {
    this.setState({ values: next });
    this.conn?.update((s) => ({ ...s, draft: next }));
  };

  /** Opens a saved record, or (with no name) a new, empty one. */
  open(n: string | undefined, records: SavedRecords['records']) {
    // Spreading a missing (or inherited) entry gives an empty form.
    this.setDraft(n === undefined ? {} : { ...records[n] });
    this.setState({
      markdown: '',
      notice: { text: n === undefined ? 'Started a new record.' : `Opened “${n}”.`, tone: 'ok' },
    });
  }

  override render({ id, form, stages }: Props) {
    const { engagement } = this;
    const stored = this.state;
    const { values, notice, markdown, hydrated } = stored;
    /** The records of the current engagement, by name. */
    const saved = { records: sliceOf(engagement.shown(stored.value).records, engagement.id) };
    // Who the record is for is the engagement's client and project, not asked again.
    const forEngagement = engagement.current?.name;
    const filled: RecordValues = forEngagement ? { ...values, [CLIENT_FIELD]: forEngagement } : values;
    // Unnamed, a record is called by its boundary.
    const [from, to] = [form.fromField, form.toField].map((k) => stages.find((s) => s.id === values[k])?.name);
    const defaultName = from && to ? `${from} → ${to}` : 'Handoff record';
    const name = recordName(values, form.nameField) || defaultName;
    const save = () => this.store((current) => withRecord(current, name, filled), `Added “${name}” to your records.`);
    const remove = () => this.store((current) => withoutRecord(current, name), `Deleted “${name}”.`);
    const set = (fieldId: string, value: string) => this.setDraft({ ...values, [fieldId]: value });
    const names = recordNames(saved);
    const check = checkCompleteness(
      form,
      filled,
      stages.map((s) => s.id),
    );
    const exportMd = () =>
      this.setState({ markdown: recordToMarkdown(form, { ...filled, [form.nameField]: name }, stages) });

    return (
      <div class="handoff-record" id={id}>
        {hydrated && <PrintStamp name={name} />}
        {hydrated && (
          <Picker
            found={engagementsIn(Object.keys(stored.value.records), true)}
            onCurrent={engagement.onCurrent}
            share={{ kind: 'record', id, state: () => ({ ...filled, [form.nameField]: name }), file: exportMd }}
          />
        )}
        {hydrated && names.length > 0 && (
          <div class="record-list">
            <h3>Saved records</h3>
            <ul>
              {names.map((n) => (
                <li key={n}>
                  <button type="button" onClick={() => this.open(n, saved.records)}>
                    Open “{n}”
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {form.fields.map((f) => recordField(id, f, { form, stages, values, set, forEngagement, defaultName }))}
        {hydrated && (
          <>
            <div class="tool-notice" role="status" data-tone={notice.tone}>
              {notice.text}
            </div>
            <SaveStatus stored={stored} name={id} />
            <p class="record-actions">
              <button type="button" class="primary" onClick={save}>
                Save record
              </button>{' '}
              <button type="button" onClick={exportMd}>
                Export as Markdown
              </button>{' '}
              {name && Object.hasOwn(saved.records, name) && (
                <button type="button" class="destructive" onClick={remove}>
                  Delete “{name}”
                </button>
              )}{' '}
              <button type="button" onClick={() => this.open(undefined, saved.records)}>
                New record
              </button>
            </p>
            <HandoffRecordCheck id={id} check={check} />
          </>
        )}
        {markdown && (
          <div class="record-export">
            <label for={`${id}-markdown`}>Markdown export</label>
            <textarea id={`${id}-markdown`} readOnly rows={12} value={markdown} />
            <p>
              <button
                type="button"
                onClick={() => download(`${name || 'handoff-record'}.md`, markdown, 'text/markdown')}
              >
                Download the Markdown file
              </button>
            </p>
          </div>
        )}
      </div>
    );
  }
}

/** One field of the form: its label, its hint and its control, the client's filled from the engagement. */
function recordField(
  id: string,
  f: RecordForm['fields'][number],
  {
    form,
    stages,
    values,
    set,
    forEngagement,
    defaultName,
  }: {
    form: RecordForm;
    stages: StageName[];
    values: RecordValues;
    set: (fieldId: string, value: string) => void;
    forEngagement: string | undefined;
    defaultName: string;
  },
) {
  const fid = `${id}--${f.id}`;
  const common = {
    id: fid,
    name: f.id,
    'aria-describedby': `${fid}-hint`,
    value: values[f.id] ?? '',
    onInput: (e: Event) => set(f.id, (e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="record-field" key={f.id}>
      <label for={fid}>{f.label}</label>
      <p class="hint" id={`${fid}-hint`}>
        {f.hint}
      </p>
      {f.kind === 'text' &&
        (f.id === CLIENT_FIELD && forEngagement ? (
          <input type="text" {...common} value={forEngagement} readOnly />
        ) : (
          <input type="text" {...common} placeholder={f.id === form.nameField ? defaultName : undefined} />
        ))}
      {(f.kind === 'textarea' || f.kind === 'links') && <textarea rows={f.kind === 'links' ? 3 : 2} {...common} />}
      {f.kind === 'stage' && (
        <select {...common} onChange={common.onInput}>
          <option value="">Choose a stage</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
