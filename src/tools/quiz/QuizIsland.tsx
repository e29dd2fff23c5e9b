/** The weak-handoff quiz: the same radio groups as the printable self-check, scored in the page. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quiz } from './schema';
import { answerOptions, scoreQuiz, unanswered, type QuizAnswers } from './score';
import { decodeResultFragment, encodeResultFragment } from './fragment';
import { readHistory, withResult } from './history';
import type { QuizStored } from './kind';
import { connect, type Connection, type Stored } from '../../islands/stored';
import { Picker } from '../../islands/picker';
import { SaveStatus } from '../../islands/SaveStatus';
import { QuizResultView, type PageLink, type Shown } from './QuizResult';
import { useCurrent } from '../../islands/use-current';

interface Props {
  id: string;
  quiz: Quiz;
  pages: Record<string, PageLink>;
}

export default function QuizIsland({ id, quiz, pages }: Props) {
  const [input, setInput] = useState<QuizAnswers>({ boundary: '', answers: {} });
  const [shown, setShown] = useState<Shown | null>(null);
  const [stored, setStored] = useState<Stored<QuizStored>>({
    value: { results: [], draft: { boundary: '', answers: {} } },
    save: { state: 'opening' },
    loaded: false,
  });
  const [notice, setNotice] = useState('');
  const [hydrated, setHydrated] = useState(false);
  const conn = useRef<Connection<QuizStored> | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const focusResult = useRef(false);
  /** Whether the page already shows something (a link's result, or picks), so the saved state must not replace it. */
  const busy = useRef(false);
  const engagement = useCurrent(conn);
  /** The results of the current engagement. */
  const history = { ...stored.value, results: stored.value.results.filter((r) => r.engagement === engagement.id) };

  const show = (answers: QuizAnswers, source: Shown['source'], at?: number) => {
    const outcome = scoreQuiz(quiz, answers);
    if (!outcome.ok) return;
    setInput(answers);
    setShown({ result: outcome.result, fragment: encodeResultFragment(quiz, answers), source, at });
  };

  /** Shows the result a link carries; false when the fragment is no result link at all. */
  const openFragment = () => {
    const decoded = decodeResultFragment(quiz, location.hash);
    if (decoded.kind === 'answers') show(decoded.answers, 'link');
    if (decoded.kind === 'invalid') {
      // An edited link that no longer reads must not leave the old result under the error.
      setShown(null);
      setNotice(decoded.message);
    }
    return decoded.kind !== 'none';
  };

  useEffect(() => {
    // Answers picked before the script arrived are kept and saved as the draft.
    const early: QuizAnswers = { boundary: '', answers: {} };
    for (const box of root.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked') ?? []) {
      const question = box.name.slice(id.length + 1);
      if (question === 'boundary') early.boundary = box.value;
      else early.answers[question] = box.value;
    }
    const picked = early.boundary !== '' || Object.keys(early.answers).length > 0;
    busy.current = openFragment() || picked;
    if (picked) setInput(early);
    let first = true;
    const c = (conn.current = connect(
      (m) => m.quizKind,
      id,
      stored.value,
      (next) => {
        setStored(next);
        if (!next.loaded || !first) return;
        first = false;
        if (busy.current) return;
        // Without a result link or picks, show the latest saved result, else the saved draft.
        const latest = readHistory(quiz, next.value).results[0];
        const decoded = latest && decodeResultFragment(quiz, latest.fragment);
        if (latest && decoded?.kind === 'answers') show(decoded.answers, 'saved', latest.at);
        else setInput(next.value.draft);
      },
    ));
    if (picked)
      c.update((s) => ({
        ...s,
        draft: { boundary: early.boundary || s.draft.boundary, answers: { ...s.draft.answers, ...early.answers } },
      }));
    setHydrated(true);
    const onHash = () => void openFragment();
    window.addEventListener('hashchange', onHash);
    return () => {
      c.close();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  useEffect(() => {
    // The result starts at the top of the screen, so its verdict is read first, not cut off below.
    const heading = shown && focusResult.current && root.current?.querySelector<HTMLElement>('.quiz-result h3');
    if (heading) {
      heading.focus({ preventScroll: true });
      heading.closest('.quiz-result')!.scrollIntoView({ block: 'start' });
    }
    focusResult.current = false;
  }, [shown]);

  const pick = (question: string, answer: string) => {
    busy.current = true;
    const next =
      question === 'boundary'
        ? { ...input, boundary: answer }
        : { ...input, answers: { ...input.answers, [question]: answer } };
    setInput(next);
    conn.current?.update((s) => ({ ...s, draft: next }));
  };

  const submit = async () => {
    const open = unanswered(quiz, input);
    if (open.length > 0) {
      setNotice(`Answer every question first: ${open.length} still ${open.length === 1 ? 'needs' : 'need'} an answer.`);
      root.current?.querySelector<HTMLInputElement>(`input[name="${id}-${open[0]}"]`)?.focus();
      return;
    }
    const at = Date.now();
    const fragment = encodeResultFragment(quiz, input);
    replaceUrl(`#${fragment}`);
    focusResult.current = true;
    setNotice('');
    show(input, 'new', at);
    // Added to the latest stored results, not this tab's copy: another tab may have saved since.
    engagement.update((s, e) => ({ ...withResult(s, { at, fragment, engagement: e }), draft: input }));
  };

  const retake = () => {
    setInput({ boundary: '', answers: {} });
    conn.current?.update((s) => ({ ...s, draft: { boundary: '', answers: {} } }));
    setShown(null);
    setNotice('');
    replaceUrl(location.pathname + location.search);
    root.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  };

  const radios = (question: string, options: { id: string; label: string }[], value: string | undefined) => (
    <div class="quiz-options">
      {options.map((o) => (
        <label key={o.id}>
          <input
            type="radio"
            name={`${id}-${question}`}
            value={o.id}
            checked={value === o.id}
            onChange={() => pick(question, o.id)}
          />{' '}
          {o.label}
        </label>
      ))}
    </div>
  );

  let n = 1;
  return (
    <div class="quiz" id={id} ref={root}>
      {hydrated && (
        <Picker
          found={[...new Set(stored.value.results.map((r) => r.engagement ?? ''))]
            .filter(Boolean)
            .map((e) => ({ id: e }))}
          onCurrent={engagement.onCurrent}
        />
      )}
      {/* Every notice here is a refusal (a link that does not read, questions left open): the error style. */}
      <div class="tool-notice" role="status" data-tone="bad">
        {notice}
      </div>
      <fieldset>
        <legend>
          {n++}. {quiz.boundaryQuestion}
        </legend>
        {radios('boundary', quiz.boundaries, input.boundary)}
      </fieldset>
      {[
        ...quiz.questionSets,
        { id: 'edge-cases', title: quiz.edgeCaseTitle, intro: '', questions: quiz.edgeCases },
      ].map((set) => (
        <section key={set.id} aria-labelledby={`${id}-${set.id}`}>
          <h3 id={`${id}-${set.id}`}>{set.title}</h3>
          {set.intro && <p>{set.intro}</p>}
          {set.questions.map((q) => (
            <fieldset key={q.id}>
              <legend>
                {n++}. {q.text}
              </legend>
              {radios(
                q.id,
                answerOptions(
                  quiz,
                  quiz.questionSets.find((s) => s.id === set.id),
                ),
                input.answers[q.id],
              )}
            </fieldset>
          ))}
        </section>
      ))}
      {hydrated && (
        <>
          <p>
            <button type="button" class="primary" onClick={() => void submit()}>
              Show my result
            </button>
          </p>
          <SaveStatus stored={stored} name={id} />
        </>
      )}
      {shown && <QuizResultView id={id} quiz={quiz} shown={shown} history={history} pages={pages} onRetake={retake} />}
    </div>
  );
}

/** Puts the result link in the address bar without adding a history entry or scrolling. */
function replaceUrl(url: string) {
  window.history.replaceState(null, '', url);
}
