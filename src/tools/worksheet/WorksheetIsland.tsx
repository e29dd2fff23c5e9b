/**
 * The worksheet tool: editable rows under the worksheet's columns, starting from its example
 * rows and a blank row, saved per named record. Without JavaScript the same rows are plain form
 * fields to fill in and print; text typed before the script arrives is kept.
 */
import { Component } from 'preact';
import type { Worksheet } from './schema';
import {
  addRow,
  exampleCells,
  insertRow,
  removeExampleText,
  removeRow,
  setCell,
  startingRun,
  worksheetCsv,
  worksheetMarkdown,
  type WorksheetRunSet,
} from './worksheet';
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
  worksheet: Worksheet;
  /** Show the panel that exports, imports and clears all saved data after the tool (on the tool's own page). */
  savedData?: boolean;
  /**
   * On the client input dependency worksheet, the engagement page's path: the worksheet lists, and
   * shares, the dependencies added there too (the page opens on the current engagement).
   */
  engagementPage?: string | undefined;
}

/** `typed`: the reader edited a cell on this page, so example text in it now is theirs to keep. */
type State = Stored<WorksheetRunSet> & {
  ready?: boolean;
  keepExamples?: boolean;
  typed?: boolean;
  /** The row last removed, with where it was: what "Undo" puts back. */
  removed?: { at: number; row: Record<string, string> } | undefined;
};

export default class WorksheetIsland extends Component<Props, State> {
  content = () => startingRun(this.props.worksheet);
  override state: State = { value: { active: '', runs: [] }, save: { state: 'opening' }, loaded: false };
  conn?: Connection<WorksheetRunSet>;
  runs = new EngagementRuns(
    () => this.conn,
    this.content,
    () => this.forceUpdate(),
  );

  /**
   * Cells typed before the script arrived, read before hydration can overwrite them (it sets
   * each field to its rendered value); they are merged into what was saved once storage opens.
   */
  early: (readonly [number, string, string])[] =
    typeof document === 'undefined'
      ? []
      : [
          ...(document
            .getElementById(`${this.props.id}-yours`)
            ?.parentElement?.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea[name], input[name]') ??
            []),
        ]
          .map((t) => [Number(t.name.split('--')[1]), t.name.split('--')[2]!, t.value] as const)
          .filter(([r, column, text]) => text !== (this.runs.run(this.state.value).rows[r]?.[column] ?? ''));

  override componentDidMount() {
    const typed = this.early;
    this.conn = connect(
      (m) => m.worksheetKind(this.props.worksheet),
      this.props.id,
      this.state.value,
      (stored) => this.setState(stored),
    );
    for (const [r, column, text] of typed) this.update((b, now) => setCell(b, r, column, text, now));
    this.setState({ ready: true });
  }

  override componentWillUnmount() {
    this.conn?.close();
  }

  /** Where focus goes after the next render: a row's first field, or the undo button. */
  focusNext?: string | undefined;
  override componentDidUpdate() {
    const target = this.focusNext && (this.base as Element | undefined)?.querySelector<HTMLElement>(this.focusNext);
    if (!target) return;
    this.focusNext = undefined;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  }

  /** Focus a row's first field once it is drawn. */
  focusRow = (r: number) => (this.focusNext = `[name^="${this.props.id}--${r}--"]`);

  update = this.runs.update;

  override render({ id, worksheet }: Props) {
    const { state, update } = this;
    const { ready } = state;
    const record = this.runs.run(state.value);
    const file = () => download(`${id}.csv`, worksheetCsv(worksheet, record), 'text/csv');
    const copied =
      ready && state.loaded && !state.keepExamples && !state.typed ? exampleCells(worksheet, record).length : 0;
    const first = worksheet.exampleRows[0] ?? {};
    // The dependency worksheet also lists what was added on the engagement page: one list, each line edited where it was written.
    const fromPage = (this.props.engagementPage && this.runs.current?.engagement?.dates.dependencies) || [];
    const typed = (r: number, column: string) => (e: Event) => {
      const text = (e.currentTarget as HTMLInputElement).value;
      if (!state.typed) this.setState({ typed: true });
      update((b, now) => setCell(b, r, column, text, now));
    };
    return (
      <>
        <div class="worksheet-tool">
          {ready && <PrintStamp name={record.name} />}
          <h3 id={`${id}-yours`}>Your rows</h3>
          {ready && (
            <Picker
              found={foundIn(state.value)}
              open={state.value.active}
              onCurrent={this.runs.setCurrent}
              share={{ kind: 'worksheet', id, state: () => ({ ...record, dependencies: fromPage }), file }}
            />
          )}
          {ready && <SaveStatus stored={state} name={id} />}
          {copied > 0 && (
            <ExamplesLeft
              id={id}
              copied={copied}
              remove={() => update((b, now) => removeExampleText(worksheet, b, now))}
              keep={() => this.setState({ keepExamples: true })}
            />
          )}
          {fromPage.length > 0 && this.props.engagementPage && (
            <FromEngagementPage id={id} fromPage={fromPage} engagementPage={this.props.engagementPage} />
          )}
          {record.rows.map((row, r) => (
            <fieldset key={r} id={row['#row'] ? `ws-${row['#row']}` : undefined}>
              <legend>Row {r + 1}</legend>
              {worksheet.columns.map((c) => (
                <label key={c.id}>
                  {c.label}
                  {c.type === 'date' ? (
                    <input type="date" name={`${id}--${r}--${c.id}`} value={row[c.id] ?? ''} onInput={typed(r, c.id)} />
                  ) : (
                    <textarea
                      rows={2}
                      name={`${id}--${r}--${c.id}`}
                      value={row[c.id] ?? ''}
                      placeholder={r === 0 && first[c.id] ? `For example: ${first[c.id]}` : undefined}
                      onInput={typed(r, c.id)}
                    />
                  )}
                </label>
              ))}
              {ready && (
                <button
                  type="button"
                  class="destructive"
                  onClick={() => {
                    update((b, now) => removeRow(b, r, now));
                    this.focusNext = '.row-removed button';
                    this.setState({ removed: { at: r, row } });
                  }}
                >
                  Remove row {r + 1}
                </button>
              )}
            </fieldset>
          ))}
          {state.removed && (
            <p class="notice row-removed" role="status">
              Row {state.removed.at + 1} removed.{' '}
              <button
                type="button"
                onClick={() => {
                  const { at, row } = state.removed!;
                  update((b, now) => insertRow(b, at, row, now));
                  this.focusRow(at);
                  this.setState({ removed: undefined });
                }}
              >
                Undo
              </button>
            </p>
          )}
          {ready && (
            <p class="tool-bar">
              <button
                type="button"
                class="primary"
                onClick={() => {
                  this.focusRow(record.rows.length);
                  this.setState({ removed: undefined });
                  update(addRow);
                }}
              >
                Add a row
              </button>{' '}
              <CopyButton label="Copy as Markdown" text={() => worksheetMarkdown(worksheet, record)} />{' '}
              <button
                type="button"
                onClick={() => download(`${id}.md`, worksheetMarkdown(worksheet, record), 'text/markdown')}
              >
                Download Markdown
              </button>{' '}
              <button type="button" onClick={file}>
                Download CSV
              </button>
            </p>
          )}
        </div>
        {this.props.savedData && <SavedDataPanel />}
      </>
    );
  }
}

/** Cells that still hold an example row's text (an earlier version filled new rows with them): remove, or keep as the reader's. */
function ExamplesLeft({
  id,
  copied,
  remove,
  keep,
}: {
  id: string;
  copied: number;
  remove: () => void;
  keep: () => void;
}) {
  return (
    <div class="notice" role="region" aria-labelledby={`${id}-examples-left`}>
      <p id={`${id}-examples-left`}>
        {copied === 1 ? 'One cell still holds' : `${copied} cells still hold`} the text of an example row. An earlier
        version of this page filled new rows with the examples; you may not have written {copied === 1 ? 'it' : 'them'}.
      </p>
      <p class="tool-bar">
        <button type="button" onClick={remove}>
          Remove the example text
        </button>{' '}
        <button type="button" onClick={keep}>
          Keep it as mine
        </button>
      </p>
    </div>
  );
}

/** The dependencies added on the engagement page, listed here too and edited there. */
function FromEngagementPage({
  id,
  fromPage,
  engagementPage,
}: {
  id: string;
  fromPage: { id: string; what: string; owner: string; dueOn: string; receivedOn?: string | undefined }[];
  engagementPage: string;
}) {
  return (
    <div class="from-engagement">
      <h4 id={`${id}-from-page`}>Added on the engagement page</h4>
      <ul aria-labelledby={`${id}-from-page`}>
        {fromPage.map((d) => (
          <li key={d.id} id={d.id}>
            <strong>{d.what}</strong>, from {d.owner}, due {d.dueOn}
            {d.receivedOn ? `, received ${d.receivedOn}` : ''}
          </li>
        ))}
      </ul>
      <p>
        <a href={`${engagementPage}#dependencies-heading`}>Edit these on the engagement page</a>
      </p>
    </div>
  );
}
