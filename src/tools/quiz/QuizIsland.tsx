/** The weak-handoff quiz: the same radio groups as the printable self-check, scored in the page. */
import { Component } from 'preact';
import type { Quiz } from './schema';
import { answerOptions, scoreQuiz, unanswered, type QuizAnswers } from './score';
import { decodeResultFragment, encodeResultFragment } from './fragment';
import { readHistory, withResult } from './history';
import type { QuizStored } from './kind';
import { connect, type Connection, type Stored } from '../kit/stored';
import { Picker } from '../kit/picker';
import { SaveStatus } from '../kit/SaveStatus';
import { QuizResultView, type PageLink, type Shown } from './QuizResult';
import { CurrentEngagement } from '../kit/current-engagement';

interface Props {
  id: string;
  quiz: Quiz;
  pages: Record<string, PageLink>;
}

type State = Stored<QuizStored> & {
  input: QuizAnswers;
  shown: Shown | null;
  notice: string;
  hydrated?: boolean;
};

export default class QuizIsland extends Component<Props, State> {
  override state: State = {
    value: { results: [], draft: { boundary: '', answers: {} } },
    save: { state: 'opening' },
    loaded: false,
    input: { boundary: '', answers: {} },
    shown: null,
    notice: '',
  };
  conn?: Connection<QuizStored>;
  engagement = new CurrentEngagement<QuizStored>(
    () => this.conn,
    () => this.forceUpdate(),
  );
  /** Whether the result is to be focused once it is drawn: the reader asked for it. */
  focusResult = false;
  /** Whether the page already shows something (a link's result, or picks), so the saved state must not replace it. */
  busy = false;

  show(answers: QuizAnswers, source: Shown['source'], at?: number) {
    const { quiz } = this.props;
    const outcome = scoreQuiz(quiz, answers);
    if (!outcome.ok) return;
    this.setState({
      input: answers,
      shown: { result: outcome.result, fragment: encodeResultFragment(quiz, answers), source, at },
    });
  }

  /** Shows the result a link carries; false when the fragment is no result link at all. */
  openFragment = () => {
    const decoded = decodeResultFragment(this.props.quiz, location.hash);
    if (decoded.kind === 'answers') this.show(decoded.answers, 'link');
    // An edited link that no longer reads must not leave the old result under the error.
    if (decoded.kind === 'invalid') this.setState({ shown: null, notice: decoded.message });
    return decoded.kind !== 'none';
  };

  override componentDidMount() {
    const { id, quiz } = this.props;
    // Answers picked before the script arrived are kept and saved as the draft.
    const early: QuizAnswers = { boundary: '', answers: {} };
    for (const box of (this.base as Element | undefined)?.querySelectorAll<HTMLInputElement>(
      'input[type="radio"]:checked',
    ) ?? []) {
      const question = box.name.slice(id.length + 1);
      if (question === 'boundary') early.boundary = box.value;
      else early.answers[question] = box.value;
    }
    const picked = early.boundary !== '' || Object.keys(early.answers).length > 0;
    this.busy = this.openFragment() || picked;
    if (picked) this.setState({ input: early });
    let first = true;
    const c = (this.conn = connect(
      (m) => m.quizKind,
      id,
      this.state.value,
      (next) => {
        this.setState(next);
        if (!next.loaded || !first) return;
        first = false;
        if (this.busy) return;
        // Without a result link or picks, show the latest saved result, else the saved draft.
        const latest = readHistory(quiz, next.value).results[0];
        const decoded = latest && decodeResultFragment(quiz, latest.fragment);
        if (latest && decoded?.kind === 'answers') this.show(decoded.answers, 'saved', latest.at);
        else this.setState({ input: next.value.draft });
      },
    ));
    if (picked)
      c.update((s) => ({
        ...s,
        draft: { boundary: early.boundary || s.draft.boundary, answers: { ...s.draft.answers, ...early.answers } },
      }));
    this.setState({ hydrated: true });
    window.addEventListener('hashchange', this.openFragment);
  }

  override componentWillUnmount() {
    this.conn?.close();
    window.removeEventListener('hashchange', this.openFragment);
  }

  override componentDidUpdate(_: Props, previous: State) {
    if (previous.shown === this.state.shown) return;
    // The result starts at the top of the screen, so its verdict is read first, not cut off below.
    const heading =
      this.state.shown &&
      this.focusResult &&
      (this.base as Element | undefined)?.querySelector<HTMLElement>('.quiz-result h3');
    if (heading) {
      heading.focus({ preventScroll: true });
      heading.closest('.quiz-result')!.scrollIntoView({ block: 'start' });
    }
    this.focusResult = false;
  }

  pick = (question: string, answer: string) => {
    const { input } = this.state;
    this.busy = true;
    const next =
      question === 'boundary'
        ? { ...input, boundary: answer }
        : { ...input, answers: { ...input.answers, [question]: answer } };
    this.setState({ input: next });
    this.conn?.update((s) => ({ ...s, draft: next }));
  };

  submit = () => {
    const { id, quiz } = this.props;
    const { input } = this.state;
    const open = unanswered(quiz, input);
    if (open.length > 0) {
      this.setState({
        notice: `Answer every question first: ${open.length} still ${open.length === 1 ? 'needs' : 'need'} an answer.`,
      });
      (this.base as Element | undefined)?.querySelector<HTMLInputElement>(`input[name="${id}-${open[0]}"]`)?.focus();
      return;
    }
    const at = Date.now();
    const fragment = encodeResultFragment(quiz, input);
    replaceUrl(`#${fragment}`);
    this.focusResult = true;
    this.setState({ notice: '' });
    this.show(input, 'new', at);
    // Added to the latest stored results, not this tab's copy: another tab may have saved since.
    this.engagement.update((s, e) => ({ ...withResult(s, { at, fragment, engagement: e }), draft: input }));
  };

  retake = () => {
    this.setState({ input: { boundary: '', answers: {} }, shown: null, notice: '' });
    this.conn?.update((s) => ({ ...s, draft: { boundary: '', answers: {} } }));
    replaceUrl(location.pathname + location.search);
    (this.base as Element | undefined)?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  };

  override render({ id, quiz, pages }: Props) {
    const { engagement, pick } = this;
    const stored = this.state;
    const { input, shown, notice, hydrated } = stored;
    /** The results of the current engagement. */
    const history = { ...stored.value, results: stored.value.results.filter((r) => r.engagement === engagement.id) };
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
      <div class="quiz" id={id}>
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
              <button type="button" class="primary" onClick={this.submit}>
                Show my result
              </button>
            </p>
            <SaveStatus stored={stored} name={id} />
          </>
        )}
        {shown && (
          <QuizResultView id={id} quiz={quiz} shown={shown} history={history} pages={pages} onRetake={this.retake} />
        )}
      </div>
    );
  }
}

/** Puts the result link in the address bar without adding a history entry or scrolling. */
function replaceUrl(url: string) {
  window.history.replaceState(null, '', url);
}
