/**
 * The checklist tool. Its server render is the plain list of native checkboxes; once loaded it
 * adds saved ticks, named records, notes, progress, the gate and export.
 */
import { Component } from 'preact';
import type { Checklist, ChecklistGroup, ChecklistItem } from './schema';
import {
  checklistMarkdown,
  emptyRun,
  GATE_ANSWER_WORDS,
  gateAnswer,
  gateStatus,
  setGateAnswer,
  progress,
  setNote,
  setTick,
  tallyText,
  type ChecklistRunSet,
  type GateAnswer,
  type Tally,
} from './checklist';
import { foundIn } from '../../lib/engagements/runs';
import { connect, type Connection, type Stored } from '../kit/stored';
import { Picker } from '../kit/picker';
import { CopyButton } from '../kit/CopyButton';
import { SavedDataPanel } from '../kit/SavedDataPanel';
import { download, SaveStatus } from '../kit/SaveStatus';
import { EngagementRuns } from '../kit/engagement-runs';
import { PrintStamp } from '../kit/PrintStamp';

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
  override state: State = { value: { active: '', runs: [] }, save: { state: 'opening' }, loaded: false };
  conn?: Connection<ChecklistRunSet>;
  runs = new EngagementRuns(
    () => this.conn,
    emptyRun,
    () => this.forceUpdate(),
  );

  /**
   * Boxes ticked and gate answers given before the script arrived are the reader's latest word:
   * they are merged into what was saved ("Not checked yet", checked from the start, says nothing new).
   */
  override componentDidMount() {
    const checked = [
      ...((this.base as Element | undefined)?.querySelectorAll<HTMLInputElement>('input:checked') ?? []),
    ];
    const early = checked.filter((box) => box.type === 'checkbox').map((box) => box.name);
    const answers = checked
      .filter((box) => box.type === 'radio' && (box.value === 'yes' || box.value === 'no'))
      .map((box) => [box.name, box.value as GateAnswer] as const);
    this.conn = connect(
      (m) => m.checklistKind,
      this.props.id,
      this.state.value,
      (stored) => this.setState(stored),
    );
    if (early.length > 0) this.update((runSet, now) => early.reduce((b, name) => setTick(b, name, true, now), runSet));
    if (answers.length > 0)
      this.update((runSet, now) => answers.reduce((b, [name, a]) => setGateAnswer(b, name, a, now), runSet));
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
    const note = (item: ChecklistItem) =>
      ready && (
        <details class="note" open={!!record.notes[item.id]}>
          <summary>Note</summary>
          <textarea
            aria-label={`Note: ${item.text}`}
            rows={2}
            value={record.notes[item.id] ?? ''}
            onInput={(e) => {
              const value = e.currentTarget.value;
              update((b, now) => setNote(b, item.id, value, now));
            }}
          />
        </details>
      );
    /**
     * Once the tool runs, a go/no-go question has three answers, so an unanswered question never
     * reads as a "no". (The page itself carries the plain checkbox, as on paper: a tick is a yes.
     * Three radios per question would not fit the guides' first-response budget.)
     */
    const answers = (item: ChecklistItem) => (
      <fieldset key={item.id}>
        <legend>{item.text}</legend>
        {(['yes', 'no', 'unchecked'] as const).map((a) => (
          <label key={a}>
            <input
              type="radio"
              id={a === 'yes' ? field(item.id) : undefined}
              name={item.id}
              value={a}
              checked={gateAnswer(record, item.id) === a}
              onChange={() => update((b, now) => setGateAnswer(b, item.id, a, now))}
            />
            <span>{GATE_ANSWER_WORDS[a]}</span>
          </label>
        ))}
        {note(item)}
      </fieldset>
    );
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
            {note(item)}
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
              {ready ? checklist.gate.questions.map(answers) : items(checklist.gate.questions)}
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
