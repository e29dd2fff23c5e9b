/** The workflow diagnostic: the same checkboxes as the printable list, with the triage result and saved ticks. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Diagnostic } from '../schemas/diagnostic';
import { explainTriage, triage } from '../lib/diagnostic/triage';
import { toggleTick, type SavedTicks } from '../lib/diagnostic/saved';
import type { Slot } from '../lib/persistence';
import { isoDate, loadNotice, openSlot, saveFailure } from './QuizToolStorage';

interface Props {
  id: string;
  diagnostic: Diagnostic;
  pages: Record<string, { title: string; url: string }>;
}

export default function TriageIsland({ id, diagnostic, pages }: Props) {
  const [ticked, setTicked] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [savedAt, setSavedAt] = useState<number | undefined>(undefined);
  const [hydrated, setHydrated] = useState(false);
  const slot = useRef<Slot<SavedTicks> | null>(null);
  const ticksBeforeLoad = useRef(false);
  const latestTicks = useRef<string[]>([]);

  useEffect(() => {
    setHydrated(true);
    void openSlot(() => import('../lib/diagnostic/triage-kind').then((m) => m.triageKind), id).then((opened) => {
      slot.current = opened;
      const loaded = opened.load();
      setNotice(loadNotice(loaded));
      // Ticks made in the moment before storage opened win over what was saved, and are saved now.
      if (ticksBeforeLoad.current) {
        persist(latestTicks.current);
        return;
      }
      setTicked(loaded.value.ticked);
      setSavedAt(loaded.savedAt);
    });
  }, []);

  const persist = (next: string[]) => {
    const saved = slot.current!.save({ ticked: next });
    if (saved.saved) setSavedAt(Date.now());
    setNotice(saved.saved ? '' : saveFailure(saved.reason));
  };

  const update = (next: string[]) => {
    setTicked(next);
    latestTicks.current = next;
    if (slot.current) persist(next);
    else ticksBeforeLoad.current = true;
  };

  const result = triage(diagnostic, ticked);
  const page = pages[result.page] ?? { title: result.page, url: `/${result.page}/` };
  return (
    <div id={id}>
      {hydrated && (
        <p class="triage-lead">
          {ticked.length === 0 ? 'Nothing ticked yet.' : <>Leading so far: <strong>{result.category.name}</strong> ({ticked.length} {ticked.length === 1 ? 'tick' : 'ticks'}). <a href={`#${id}-result`}>See the result</a></>}
        </p>
      )}
      {diagnostic.categories.map((c, i) => (
        <fieldset key={c.id}>
          <legend>
            {i + 1}. {c.name} <span class="hint">counts at {c.threshold} {c.threshold === 1 ? 'tick' : 'ticks'}</span>
          </legend>
          <ul>
            {c.signals.map((s) => (
              <li key={s.id}>
                <label>
                  <input type="checkbox" id={`${id}--${s.id}`} name={s.id} checked={ticked.includes(s.id)} onChange={(e) => update(toggleTick(ticked, s.id, e.currentTarget.checked))} />
                  <span>{s.text}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      {hydrated && (
        <div class="triage-result result" id={`${id}-result`} role="status">
          {ticked.length === 0 ? (
            <p>Tick the signals you recognise and the result appears here.</p>
          ) : (
            <>
              <h3>Start with: {result.category.name}</h3>
              <p>{explainTriage(result)}</p>
              <p>{result.category.meaning}</p>
              <p>
                First page to open: <a href={page.url}>{page.title}</a>
              </p>
              <ul class="triage-counts">
                {result.counts.map((c) => (
                  <li key={c.category.id}>
                    {c.category.name}: {c.ticks} of {c.category.threshold} needed{c.counts ? ', counts' : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="meta">{notice || (savedAt !== undefined && <>Saved in this browser on <time dateTime={isoDate(savedAt)}>{isoDate(savedAt)}</time>.</>)}</p>
          {ticked.length > 0 && (
            <button type="button" class="destructive" onClick={() => update([])}>
              Clear all ticks
            </button>
          )}
        </div>
      )}
    </div>
  );
}
