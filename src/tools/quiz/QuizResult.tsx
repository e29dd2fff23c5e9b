/** The quiz result: verdict, missing transfers, edge cases, recommended pages and earlier results. */
import type { Quiz } from './schema';
import type { QuizResult } from './score';
import { explainResult } from './explain';
import { earlierResults, readHistory, type QuizHistory } from './history';
import { When } from '../kit/SaveStatus';
import { CopyButton } from '../kit/CopyButton';

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

/** A link to a page the result names; its URL is made at build, so an unknown page stays plain text. */
const link = (pages: Record<string, PageLink>, id: string) =>
  pages[id] ? <a href={pages[id].url}>{pages[id].title}</a> : id;

export function QuizResultView({ id, quiz, shown, history, pages, onRetake }: Props) {
  const { result, fragment, source, at } = shown;
  const read = readHistory(quiz, history);
  const earlier = earlierResults(read.results, result.boundary.id, at);
  const explained = explainResult(result);
  const clean = result.transfers.filter((t) => t.status === 'clean').length;
  return (
    <section class="quiz-result result" data-verdict={result.verdict.id} aria-labelledby={`${id}-result`}>
      <h3 id={`${id}-result`} tabIndex={-1}>
        Result: {result.verdict.label}
      </h3>
      <meter
        min={0}
        max={result.transfers.length}
        low={1}
        high={result.transfers.length - 1}
        optimum={result.transfers.length}
        value={clean}
        aria-hidden="true"
      />
      <p class="meter-label">
        {clean} of {result.transfers.length} transfers cross cleanly
      </p>
      <p>
        <strong>{result.boundary.label}.</strong> {result.verdict.summary}
      </p>
      <p class="quiz-verdict-reason">{explained.verdict}</p>
      <p class="meta">
        {source === 'link'
          ? 'Opened from a result link; not saved in this browser.'
          : at !== undefined && (
              <>
                Taken <When at={at} />.
              </>
            )}
      </p>
      {explained.transfers.length > 0 && (
        <>
          <h4>What your answers show</h4>
          <ul class="quiz-findings">
            {explained.transfers.map((t) => (
              <li key={t.transfer.id}>
                <strong>{t.transfer.name}:</strong> {t.text}
              </li>
            ))}
          </ul>
        </>
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
        {/* Worded as on the other tools: whoever opens the link sees this result and changes nothing of yours. */}
        <CopyButton label="Share read-only link" text={() => `${location.origin}${location.pathname}#${fragment}`} />
        <button type="button" onClick={onRetake}>
          Retake the quiz
        </button>
      </p>
      {earlier.length > 0 && <h4>Earlier results for {result.boundary.label.toLowerCase()}</h4>}
      {earlier.length > 0 && (
        <ul class="quiz-history">
          {earlier.map((r) => (
            <li key={r.at}>
              <When at={r.at} />: {r.result.verdict.label}
              {r.result.missing.length > 0 && (
                <>, missing {r.result.missing.map((t) => t.name.toLowerCase()).join(' and ')}</>
              )}
            </li>
          ))}
        </ul>
      )}
      {read.unreadable > 0 && (
        <p class="meta">
          {read.unreadable} saved {read.unreadable === 1 ? 'result was' : 'results were'} made with an older version of
          the quiz and cannot be shown.
        </p>
      )}
    </section>
  );
}
