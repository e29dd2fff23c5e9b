/** The quiz result: verdict, missing transfers, edge cases, recommended pages and earlier results. */
import type { Quiz } from '../schemas/quiz';
import type { QuizResult } from '../lib/quiz/score';
import { earlierResults, readHistory, type QuizHistory } from '../lib/quiz/history';
import { isoDate } from './QuizToolStorage';

export interface PageLink {
  title: string;
  url: string;
}

export interface Shown {
  result: QuizResult;
  fragment: string;
  /** Where the answers came from: this visit, the saved history, or a result link. */
  source: 'new' | 'saved' | 'link';
  at?: number | undefined;
}

interface Props {
  id: string;
  quiz: Quiz;
  shown: Shown;
  history: QuizHistory;
  pages: Record<string, PageLink>;
  onRetake: () => void;
}

const link = (pages: Record<string, PageLink>, id: string) => <a href={pages[id]?.url ?? `/${id}/`}>{pages[id]?.title ?? id}</a>;

export function QuizResultView({ id, quiz, shown, history, pages, onRetake }: Props) {
  const { result, fragment, source, at } = shown;
  const read = readHistory(quiz, history);
  const earlier = earlierResults(read.results, result.boundary.id, at);
  return (
    <section class="quiz-result result" data-verdict={result.verdict.id} aria-labelledby={`${id}-result`}>
      <h3 id={`${id}-result`} tabIndex={-1}>
        Result: {result.verdict.label}
      </h3>
      <meter min={0} max={result.maxPoints} low={result.maxPoints / 3} high={(2 * result.maxPoints) / 3} optimum={0} value={result.points} aria-label={`Weakness points: ${result.points} of ${result.maxPoints}`} />
      <p>
        <strong>{result.boundary.label}.</strong> {result.verdict.summary}
      </p>
      <p class="meta">
        {source === 'link' ? 'Opened from a result link; not saved in this browser.' : at !== undefined && <>Saved in this browser on <time dateTime={isoDate(at)}>{isoDate(at)}</time>.</>}
        {' '}
        {result.points} of {result.maxPoints} weakness points.
      </p>
      <h4>Missing transfers</h4>
      {result.missing.length === 0 ? (
        <p>None: {quiz.transfers.map((t) => t.name.toLowerCase()).join(', ')} all cross this boundary.</p>
      ) : (
        <ul>
          {result.missing.map((t) => (
            <li key={t.id}>
              <strong>{t.name}</strong>: {t.description}
            </li>
          ))}
        </ul>
      )}
      {result.edgeCases.length > 0 && (
        <>
          <h4>Situations that apply</h4>
          <ul>
            {result.edgeCases.map((e) => (
              <li key={e.id}>
                <strong>{e.name}.</strong> {e.advice} See {link(pages, e.page)}.
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>Read next</h4>
      <ol class="quiz-recommendations">
        {result.recommendations.map((page) => (
          <li key={page}>{link(pages, page)}</li>
        ))}
      </ol>
      <p class="quiz-actions">
        <a href={`#${fragment}`}>Link to this result</a>{' '}
        <button type="button" onClick={onRetake}>Retake the quiz</button>
      </p>
      {earlier.length > 0 && <h4>Earlier results for {result.boundary.label.toLowerCase()}</h4>}
      {earlier.length > 0 && (
        <ul class="quiz-history">
          {earlier.map((r) => (
            <li key={r.at}>
              <time dateTime={isoDate(r.at)}>{isoDate(r.at)}</time>: {r.result.verdict.label}
              {r.result.missing.length > 0 && <>, missing {r.result.missing.map((t) => t.name.toLowerCase()).join(' and ')}</>}
            </li>
          ))}
        </ul>
      )}
      {read.unreadable > 0 && <p class="meta">{read.unreadable} saved {read.unreadable === 1 ? 'result was' : 'results were'} made with an older version of the quiz and cannot be shown.</p>}
    </section>
  );
}
