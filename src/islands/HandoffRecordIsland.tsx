/** The handoff record: the printable form, plus named records, the completeness check and the Markdown export. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecordForm } from '../schemas/handoff-record';
import { checkCompleteness, recordToMarkdown, type RecordValues, type StageName } from '../lib/handoff-record/record';
import { recordName, recordNames, withoutRecord, withRecord, type SavedRecords } from '../lib/handoff-record/saved';
import type { Slot } from '../lib/persistence';
import { loadNotice, openSlot, saveFailure } from './QuizToolStorage';
import { HandoffRecordCheck } from './HandoffRecordCheck';
import { PrintStamp } from './PrintStamp';

interface Props {
  id: string;
  form: RecordForm;
  stages: StageName[];
}

export default function HandoffRecordIsland({ id, form, stages }: Props) {
  const [values, setValues] = useState<RecordValues>({});
  const [saved, setSaved] = useState<SavedRecords>({ records: {} });
  const [notice, setNotice] = useState('');
  const [markdown, setMarkdown] = useState('');
  const [hydrated, setHydrated] = useState(false);
  const slot = useRef<Promise<Slot<SavedRecords>> | null>(null);

  useEffect(() => {
    setHydrated(true);
    let unsubscribe = () => {};
    slot.current = openSlot(() => import('../lib/handoff-record/records-kind').then((m) => m.recordsKind), id);
    void slot.current.then((opened) => {
      const loaded = opened.load();
      setSaved(loaded.value);
      setNotice(loadNotice(loaded));
      unsubscribe = opened.subscribe((next) => setSaved(next.value));
    });
    return () => unsubscribe();
  }, []);

  const store = async (change: (current: SavedRecords) => SavedRecords, done: string) => {
    // Wait for storage if a save comes in the moment before it opens.
    const opened = await slot.current;
    // Change what is stored now, not what this tab loaded: another tab may have saved since.
    const next = change(opened?.load().value ?? saved);
    const result = opened?.save(next) ?? { saved: false as const, reason: 'unavailable' as const };
    setSaved(next);
    setNotice(result.saved ? done : saveFailure(result.reason));
  };
  const name = recordName(values, form.nameField);
  const save = () => (name ? store((current) => withRecord(current, name, values), `Saved “${name}”.`) : setNotice(`Give the record a name in “${label(form.nameField)}” to save it.`));
  const open = (n: string) => {
    setValues(Object.hasOwn(saved.records, n) ? { ...saved.records[n] } : {});
    setMarkdown('');
    setNotice(`Opened “${n}”.`);
  };
  const remove = () => store((current) => withoutRecord(current, name), `Deleted “${name}”.`);
  const label = (fieldId: string) => form.fields.find((f) => f.id === fieldId)?.label ?? fieldId;
  const set = (fieldId: string, value: string) => setValues((prev) => ({ ...prev, [fieldId]: value }));
  const names = recordNames(saved);
  const check = checkCompleteness(form, values, stages.map((s) => s.id));

  return (
    <div class="handoff-record" id={id}>
      {hydrated && <PrintStamp name={name} />}
      {hydrated && names.length > 0 && (
        <div class="record-list">
          <h3>Saved records</h3>
          <ul>
            {names.map((n) => (
              <li key={n}>
                <button type="button" onClick={() => open(n)}>Open “{n}”</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {form.fields.map((f) => {
        const fid = `${id}--${f.id}`;
        const common = { id: fid, name: f.id, 'aria-describedby': `${fid}-hint`, value: values[f.id] ?? '', onInput: (e: Event) => set(f.id, (e.currentTarget as HTMLInputElement).value) };
        return (
          <div class="record-field" key={f.id}>
            <label for={fid}>{f.label}</label>
            <p class="hint" id={`${fid}-hint`}>{f.hint}</p>
            {f.kind === 'text' && <input type="text" {...common} />}
            {(f.kind === 'textarea' || f.kind === 'links') && <textarea rows={f.kind === 'links' ? 3 : 2} {...common} />}
            {f.kind === 'stage' && (
              <select {...common} onChange={common.onInput}>
                <option value="">Choose a stage</option>
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>{s.name}</option>
                ))}
              </select>
            )}
          </div>
        );
      })}
      {hydrated && (
        <>
          <div class="tool-notice" role="status">{notice}</div>
          <p class="record-actions">
            <button type="button" class="primary" onClick={save}>Save record</button>{' '}
            <button type="button" onClick={() => setMarkdown(recordToMarkdown(form, values, stages))}>Export as Markdown</button>{' '}
            {name && Object.hasOwn(saved.records, name) && <button type="button" class="destructive" onClick={remove}>Delete “{name}”</button>}{' '}
            <button type="button" onClick={() => { setValues({}); setMarkdown(''); setNotice('Started a new record.'); }}>New record</button>
          </p>
          <HandoffRecordCheck id={id} check={check} />
        </>
      )}
      {markdown && (
        <div class="record-export">
          <label for={`${id}-markdown`}>Markdown export</label>
          <textarea id={`${id}-markdown`} readOnly rows={12} value={markdown} />
          <p>
            <a download={`${name || 'handoff-record'}.md`} href={`data:text/markdown;charset=utf-8,${encodeURIComponent(markdown)}`}>Download the Markdown file</a>
          </p>
        </div>
      )}
    </div>
  );
}
