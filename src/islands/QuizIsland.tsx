/** The weak-handoff quiz: the same radio groups as the printable self-check, scored in the page. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quiz } from '../schemas/quiz';
import { scoreQuiz, unanswered, type QuizAnswers } from '../lib/quiz/score';
import { decodeResultFragment, encodeResultFragment } from '../lib/quiz/fragment';
import { readHistory, withResult, type QuizHistory } from '../lib/quiz/history';
import type { Slot } from '../lib/persistence';
import { loadNotice, openSlot, saveFailure } from './QuizToolStorage';
import { QuizResultView, type PageLink, type Shown } from './QuizResult';

interface Props {
  id: string;
  quiz: Quiz;
  pages: Record<string, PageLink>;
}

export default function QuizIsland({ id, quiz, pages }: Props) {
  const [input, setInput] = useState<QuizAnswers>({ boundary: '', answers: {} });
  const [shown, setShown] = useState<Shown | null>(null);
  const [history, setHistory] = useState<QuizHistory>({ results: [] });
  const [notice, setNotice] = useState('');
  const [hydrated, setHydrated] = useState(false);
  const slot = useRef<Promise<Slot<QuizHistory>> | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const focusResult = useRef(false);

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
    if (decoded.kind === 'invalid') setNotice(decoded.message);
    return decoded.kind !== 'none';
  };

  useEffect(() => {
    const fromLink = openFragment();
    setHydrated(true);
    slot.current = openSlot(() => import('../lib/quiz/history-kind').then((m) => m.quizHistoryKind), id);
    void slot.current.then((opened) => {
      const loaded = opened.load();
      setHistory(loaded.value);
      setNotice((current) => current || loadNotice(loaded));
      // Without a result link, show the latest saved result, so a reload keeps it.
      const latest = readHistory(quiz, loaded.value).results[0];
      const decoded = latest && decodeResultFragment(quiz, latest.fragment);
      if (!fromLink && latest && decoded?.kind === 'answers') show(decoded.answers, 'saved', latest.at);
    });
    const onHash = () => void openFragment();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (shown && focusResult.current) root.current?.querySelector<HTMLElement>('.quiz-result h3')?.focus();
    focusResult.current = false;
  }, [shown]);

  const pick = (question: string, answer: string) =>
    setInput((prev) => (question === 'boundary' ? { ...prev, boundary: answer } : { ...prev, answers: { ...prev.answers, [question]: answer } }));

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
    const opened = await slot.current;
    // Read storage again rather than trust state: another tab may have saved since.
    const next = withResult(opened?.load().value ?? history, { at, fragment });
    const saved = opened?.save(next) ?? { saved: false as const, reason: 'unavailable' as const };
    setHistory(next);
    if (!saved.saved) setNotice(saveFailure(saved.reason));
  };

  const retake = () => {
    setInput({ boundary: '', answers: {} });
    setShown(null);
    setNotice('');
    replaceUrl(location.pathname + location.search);
    root.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  };

  const radios = (question: string, options: { id: string; label: string }[], value: string | undefined) => (
    <div class="quiz-options">
      {options.map((o) => (
        <label key={o.id}>
          <input type="radio" name={`${id}-${question}`} value={o.id} checked={value === o.id} onChange={() => pick(question, o.id)} /> {o.label}
        </label>
      ))}
    </div>
  );

  let n = 1;
  return (
    <div class="quiz" id={id} ref={root}>
      <div class="tool-notice" role="status">{notice}</div>
      <fieldset>
        <legend>{n++}. {quiz.boundaryQuestion}</legend>
        {radios('boundary', quiz.boundaries, input.boundary)}
      </fieldset>
      {[...quiz.questionSets, { id: 'edge-cases', title: quiz.edgeCaseTitle, intro: '', questions: quiz.edgeCases }].map((set) => (
        <section key={set.id} aria-labelledby={`${id}-${set.id}`}>
          <h3 id={`${id}-${set.id}`}>{set.title}</h3>
          {set.intro && <p>{set.intro}</p>}
          {set.questions.map((q) => (
            <fieldset key={q.id}>
              <legend>{n++}. {q.text}</legend>
              {radios(q.id, quiz.answers, input.answers[q.id])}
            </fieldset>
          ))}
        </section>
      ))}
      {hydrated && (
        <p>
          <button type="button" class="primary" onClick={() => void submit()}>Show my result</button>
        </p>
      )}
      {shown && <QuizResultView id={id} quiz={quiz} shown={shown} history={history} pages={pages} onRetake={retake} />}
    </div>
  );
}

/** Puts the result link in the address bar without adding a history entry or scrolling. */
function replaceUrl(url: string) {
  window.history.replaceState(null, '', url);
}
