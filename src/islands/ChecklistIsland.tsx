/**
 * The checklist tool. Its server render is the plain list of native checkboxes; once loaded it
 * adds saved ticks, named records, notes, progress, the gate and export.
 */
import type { Checklist, ChecklistItem } from '../schemas/checklist';
import { activeRecord, checklistKind, checklistMarkdown, emptyRun, gateStatus, progress, setNote, setTick, tallyText, type ChecklistRun, type Tally } from '../lib/checklist/checklist';
import { BookIsland } from './BookIsland';
import { CopyButton, download, RecordBar, SaveStatus } from './parts';
import { PrintStamp } from './PrintStamp';

interface Props {
  id: string;
  checklist: Checklist;
}

const Bar = ({ tally, label }: { tally: Tally; label: string }) => (
  <p class="progress">
    <progress max={tally.total} value={tally.done} aria-label={label} /> {tallyText(tally)}
  </p>
);

export default class ChecklistIsland extends BookIsland<Props, ChecklistRun> {
  kind = checklistKind;
  storeId = this.props.id;
  content = emptyRun;
  override state = { book: checklistKind.empty(), ready: false };

  /** Boxes ticked before the script arrived are the reader's latest word: keep them. */
  override componentDidMount() {
    const early = [...((this.base as Element | undefined)?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((box) => box.name);
    super.componentDidMount();
    if (early.length > 0) this.update((book, now) => early.reduce((b, name) => setTick(b, name, true, now), book));
  }

  override render({ id, checklist }: Props) {
  const state = this.state;
  const { ready, book } = state;
  const update = this.update;
  const record = activeRecord(book);
  const p = progress(checklist, record);
  const field = (itemId: string) => `${id}--${itemId}`;
  const items = (list: ChecklistItem[]) => (
    <ul>
      {list.map((item) => (
        <li key={item.id}>
          <label>
            <input type="checkbox" id={field(item.id)} name={item.id} checked={record.ticks[item.id] === true} onChange={(e) => update((b, now) => setTick(b, item.id, e.currentTarget.checked, now))} />
            <span>{item.text}{item.hint && <span class="hint">{item.hint}</span>}</span>
          </label>
          {ready && (
            <details class="note" open={!!record.notes[item.id]}>
              <summary>Note</summary>
              <textarea aria-label={`Note: ${item.text}`} rows={2} value={record.notes[item.id] ?? ''} onInput={(e) => update((b, now) => setNote(b, item.id, e.currentTarget.value, now))} />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <div id={id} class="checklist-form">
      {ready && <PrintStamp name={record.name} />}
      {ready && (
        <div class="tool-bar">
          <RecordBar book={book} update={update} content={emptyRun} />
          <SaveStatus state={state} name={id} />
          <Bar tally={p.overall} label="Overall progress" />
        </div>
      )}
      {checklist.groups.map((g, i) => (
        <fieldset key={g.letter}>
          <legend>{g.letter}. {g.title}</legend>
          {ready && <Bar tally={p.groups[i]!} label={`${g.letter}. ${g.title}: progress`} />}
          {items(g.items)}
        </fieldset>
      ))}
      {checklist.gate && (
        <fieldset class="gate">
          <legend>Go/no-go: before you {checklist.gate.move}</legend>
          <p>Any “no” here holds the move until it is fixed.</p>
          {items(checklist.gate.questions)}
          {ready && <p class="gate-status" role="status">{gateStatus(checklist, record)}</p>}
        </fieldset>
      )}
      {ready && (
        <p class="tool-bar">
          <CopyButton label="Copy as Markdown" text={() => checklistMarkdown(checklist, record)} />{' '}
          <button type="button" onClick={() => download(`${id}.md`, checklistMarkdown(checklist, record), 'text/markdown')}>Download Markdown</button>
        </p>
      )}
    </div>
  );
}
}
