/**
 * The checklist tool. Its server render is the plain list of native checkboxes; once loaded it
 * adds saved ticks, named records, notes, progress, the gate and export.
 */
import { Component } from 'preact';
import type { Checklist, ChecklistGroup, ChecklistItem } from '../schemas/checklist';
import {
  checklistMarkdown,
  emptyRun,
  gateStatus,
  progress,
  setNote,
  setTick,
  tallyText,
  type ChecklistRunSet,
  type Tally,
} from '../lib/checklist/checklist';
import { foundIn } from '../lib/engagements/runs';
import { connect, Picker, type Connection, type Stored } from './stored';
import { CopyButton } from './CopyButton';
import { SavedDataPanel } from './SavedDataPanel';
import { download, SaveStatus } from './SaveStatus';
import { EngagementRuns } from './engagement-runs';
import { PrintStamp } from './PrintStamp';

interface Props {
  id: string;
  checklist: Checklist;
  /** Show the panel that exports, imports and clears all saved data after the tool (on the tool's own page). */
  savedData?: boolean;
}

const Bar = ({ tally, label }: { tally: Tally; label: string }) => (
  <p class="progress">
    <progress max={tally.total} value={tally.done} aria-label={label} /> {tallyText(tally)}
  </p>
);

type State = Stored<ChecklistRunSet> & { ready?: boolean };

export default class ChecklistIsland extends Component<Props, State> {
  override state: State = { value: { active: '', records: [] }, save: { state: 'opening' }, loaded: false };
  conn?: Connection<ChecklistRunSet>;
  runs = new EngagementRuns(
    () => this.conn,
    emptyRun,
    () => this.forceUpdate(),
  );

  /** Boxes ticked before the script arrived are the reader's latest word: they are merged into what was saved. */
  override componentDidMount() {
    const early = [
      ...((this.base as Element | undefined)?.querySelectorAll<HTMLInputElement>('input:checked') ?? []),
    ].map((box) => box.name);
    this.conn = connect(
      (m) => m.checklistKind,
      this.props.id,
      this.state.value,
      (stored) => this.setState(stored),
    );
    if (early.length > 0) this.update((runSet, now) => early.reduce((b, name) => setTick(b, name, true, now), runSet));
    this.setState({ ready: true });
  }

  override componentWillUnmount() {
    this.conn?.close();
  }

  update = this.runs.update;

  override render({ id, checklist }: Props) {
    const state = this.state;
    const { ready, value: runSet } = state;
    const update = this.update;
    const record = this.runs.run(runSet);
    const p = progress(checklist, record);
    const field = (itemId: string) => `${id}--${itemId}`;
    const file = () => download(`${id}.md`, checklistMarkdown(checklist, record), 'text/markdown');
    const items = (list: ChecklistItem[]) => (
      <ul>
        {list.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                id={field(item.id)}
                name={item.id}
                checked={record.ticks[item.id] === true}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  update((b, now) => setTick(b, item.id, on, now));
                }}
              />
              <span>
                {item.text}
                {item.hint && <span class="hint">{item.hint}</span>}
              </span>
            </label>
            {ready && (
              <details class="note" open={!!record.notes[item.id]}>
                <summary>Note</summary>
                <textarea
                  aria-label={`Note: ${item.text}`}
                  rows={2}
                  value={record.notes[item.id] ?? ''}
                  onInput={(e) => {
                    const note = e.currentTarget.value;
                    update((b, now) => setNote(b, item.id, note, now));
                  }}
                />
              </details>
            )}
          </li>
        ))}
      </ul>
    );
    const group = (g: ChecklistGroup, i: number) => (
      <fieldset key={g.letter}>
        <legend>
          {g.letter}. {g.title}
        </legend>
        {ready && <Bar tally={p.groups[i]!} label={`${g.letter}. ${g.title}: progress`} />}
        {items(g.items)}
      </fieldset>
    );
    return (
      <>
        <div id={id} class="checklist-form">
          {ready && <PrintStamp name={record.name} />}
          {ready && (
            <div class="tool-bar">
              <Picker
                found={foundIn(runSet)}
                open={runSet.active}
                onCurrent={this.runs.setCurrent}
                share={{ kind: 'checklist', id, state: () => record, file }}
              />
              <SaveStatus stored={state} name={id} />
              <Bar tally={p.overall} label="Overall progress" />
            </div>
          )}
          {/* With phases, the gate stands between what must hold before the move and what follows it. */}
          {checklist.groups.map((g, i) => g.phase !== 'after' && group(g, i))}
          {checklist.gate && (
            <fieldset class="gate">
              <legend>Go/no-go: before you {checklist.gate.move}</legend>
              <p>Any “no” here holds the move until it is fixed.</p>
              {items(checklist.gate.questions)}
              {ready && (
                <p class="gate-status" role="status">
                  {gateStatus(checklist, record)}
                </p>
              )}
            </fieldset>
          )}
          {checklist.groups.map((g, i) => g.phase === 'after' && group(g, i))}
          {ready && (
            <p class="tool-bar">
              <CopyButton label="Copy as Markdown" text={() => checklistMarkdown(checklist, record)} />{' '}
              <button type="button" onClick={file}>
                Download Markdown
              </button>
            </p>
          )}
        </div>
        {this.props.savedData && <SavedDataPanel />}
      </>
    );
  }
}
