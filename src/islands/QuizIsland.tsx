/** The weak-handoff quiz: the same radio groups as the printable self-check, scored in the page. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quiz } from '../schemas/quiz';
import { scoreQuiz, unanswered, type QuizAnswers } from '../lib/quiz/score';
import { decodeResultFragment, encodeResultFragment } from '../lib/quiz/fragment';
import { quizHistoryKind, readHistory, withResult, type QuizHistory } from '../lib/quiz/history';
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
  const slot = useRef<Slot<QuizHistory> | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const focusResult = useRef(false);

  const show = (answers: QuizAnswers, source: Shown['source'], at?: number) => {
    const outcome = scoreQuiz(quiz, answers);
    if (!outcome.ok) return;
    setInput(answers);
    setShown({ result: outcome.result, fragment: encodeResultFragment(quiz, answers), source, at });
  };

  const openFragment = (saved: QuizHistory) => {
    const decoded = decodeResultFragment(quiz, location.hash);
    if (decoded.kind === 'answers') return show(decoded.answers, 'link');
    if (decoded.kind === 'invalid') return setNotice(decoded.message);
    const latest = readHistory(quiz, saved).results[0];
    if (latest) show({ boundary: latest.result.boundary.id, answers: decodeAnswers(latest.fragment) }, 'saved', latest.at);
  };
  const decodeAnswers = (fragment: string) => {
    const decoded = decodeResultFragment(quiz, fragment);
    return decoded.kind === 'answers' ? decoded.answers.answers : {};
  };

  useEffect(() => {
    slot.current = openSlot(quizHistoryKind, id);
    const loaded = slot.current.load();
    setHistory(loaded.value);
    setNotice(loadNotice(loaded));
    openFragment(loaded.value);
    setHydrated(true);
    const onHash = () => openFragment(slot.current?.load().value ?? { results: [] });
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (shown && focusResult.current) root.current?.querySelector<HTMLElement>('.quiz-result h3')?.focus();
    focusResult.current = false;
  }, [shown]);

  const pick = (question: string, answer: string) =>
    setInput((prev) => (question === 'boundary' ? { ...prev, boundary: answer } : { ...prev, answers: { ...prev.answers, [question]: answer } }));

  const submit = () => {
    const open = unanswered(quiz, input);
    if (open.length > 0) {
      setNotice(`Answer every question first: ${open.length} still ${open.length === 1 ? 'needs' : 'need'} an answer.`);
      root.current?.querySelector<HTMLInputElement>(`input[name="${id}-${open[0]}"]`)?.focus();
      return;
    }
    const at = Date.now();
    const fragment = encodeResultFragment(quiz, input);
    const next = withResult(history, { at, fragment });
    const saved = slot.current?.save(next) ?? { saved: false as const, reason: 'unavailable' as const };
    setHistory(next);
    setNotice(saved.saved ? '' : saveFailure(saved.reason));
    history_replace(`#${fragment}`);
    focusResult.current = true;
    show(input, 'new', at);
  };

  const retake = () => {
    setInput({ boundary: '', answers: {} });
    setShown(null);
    setNotice('');
    history_replace(location.pathname + location.search);
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
      <div class="tool-status" role="status">{notice}</div>
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
          <button type="button" onClick={submit}>Show my result</button>
        </p>
      )}
      {shown && <QuizResultView id={id} quiz={quiz} shown={shown} history={history} pages={pages} onRetake={retake} />}
    </div>
  );
}

/** Puts the result link in the address bar without adding a history entry or scrolling. */
function history_replace(url: string) {
  window.history.replaceState(null, '', url);
}
