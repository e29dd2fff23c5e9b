/**
 * The worksheet tool: editable rows under the worksheet's columns, starting from its example
 * rows, saved per named record. Without JavaScript the page shows the columns and examples only.
 */
import type { Worksheet } from '../schemas/worksheet';
import { addRow, removeRow, setCell, startingRun, worksheetCsv, worksheetKind, worksheetMarkdown, type WorksheetRun } from '../lib/worksheet/worksheet';
import { activeRecord } from '../lib/records/book';
import { BookIsland } from './BookIsland';
import { CopyButton, download, RecordBar, SaveStatus } from './parts';
import { PrintStamp } from './PrintStamp';

interface Props {
  id: string;
  worksheet: Worksheet;
}

export default class WorksheetIsland extends BookIsland<Props, WorksheetRun> {
  kind = worksheetKind(this.props.worksheet);
  storeId = this.props.id;
  content = () => startingRun(this.props.worksheet);
  override state = { book: this.kind.empty(), ready: false };

  override render({ id, worksheet }: Props) {
  const { state, update, content } = this;
  if (!state.ready) return <div class="worksheet-tool" />;
  const record = activeRecord(state.book);
  return (
    <div class="worksheet-tool">
      <PrintStamp name={record.name} />
      <h3 id={`${id}-yours`}>Your rows</h3>
      <RecordBar book={state.book} update={update} content={content} />
      <SaveStatus state={state} name={id} />
      {record.rows.map((row, r) => (
        <fieldset key={r}>
          <legend>Row {r + 1}</legend>
          {worksheet.columns.map((c) => (
            <label key={c.id}>
              {c.label}
              <textarea rows={2} value={row[c.id] ?? ''} onInput={(e) => update((b, now) => setCell(b, r, c.id, e.currentTarget.value, now))} />
            </label>
          ))}
          <button type="button" class="destructive" onClick={() => update((b, now) => removeRow(b, r, now))}>Remove row {r + 1}</button>
        </fieldset>
      ))}
      <p class="tool-bar">
        <button type="button" class="primary" onClick={() => update(addRow)}>Add a row</button>{' '}
        <CopyButton label="Copy as Markdown" text={() => worksheetMarkdown(worksheet, record)} />{' '}
        <button type="button" onClick={() => download(`${id}.md`, worksheetMarkdown(worksheet, record), 'text/markdown')}>Download Markdown</button>{' '}
        <button type="button" onClick={() => download(`${id}.csv`, worksheetCsv(worksheet, record), 'text/csv')}>Download CSV</button>
      </p>
    </div>
  );
}
}
