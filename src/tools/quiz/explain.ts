/**
 * The quiz result in words instead of points: why the handoff got its verdict, and for each
 * transfer with weak answers, what those answers say. Every name and finding comes from the quiz
 * data; this module only joins them into sentences.
 */
import type { Transfer } from './schema';
import type { QuizResult, TransferStatus, WeakAnswer } from './score';

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const inWords = (n: number) => numberWords[n] ?? String(n);

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export interface TransferExplanation {
  transfer: Transfer;
  status: Exclude<TransferStatus, 'clean'>;
  /** What the answers say about it, e.g. "missing, because no single named person holds the next action." */
  text: string;
}

export interface Explanation {
  /** One sentence: the verdict and the count of missing, partly crossing and clean transfers behind it. */
  verdict: string;
  /** The transfers with weak answers, biggest gap first, each with the findings behind it. */
  transfers: TransferExplanation[];
}

const finding = (w: WeakAnswer) => (w.qualifier ? `${w.qualifier} ${w.finding}` : w.finding);

/** The findings as one clause; with three or more, a semicolon list keeps clauses that contain "and" apart. */
function findings(weak: readonly WeakAnswer[]): string {
  const clauses = weak.map(finding);
  return clauses.length <= 2 ? listInWords(clauses) : `${clauses.slice(0, -1).join('; ')}; and ${clauses.at(-1)}`;
}

export function explainResult(result: QuizResult): Explanation {
  const names = (status: TransferStatus) =>
    result.transfers.filter((t) => t.status === status).map((t) => t.transfer.name.toLowerCase());
  const missing = names('missing');
  const partial = names('partial');
  const clean = names('clean');
  const clauses: string[] = [];
  if (missing.length === 0 && partial.length === 0) {
    clauses.push(`no answer points to a gap, so ${listInWords(clean)} all cross cleanly`);
  } else {
    clauses.push(
      missing.length === 0
        ? 'no transfer is missing'
        : `${inWords(missing.length)} ${missing.length === 1 ? 'transfer is' : 'transfers are'} missing (${listInWords(missing)})`,
    );
    if (partial.length > 0)
      clauses.push(
        `${inWords(partial.length)} ${partial.length === 1 ? 'crosses' : 'cross'} only in part (${listInWords(partial)})`,
      );
    if (clean.length > 0)
      clauses.push(
        `${inWords(clean.length)} ${clean.length === 1 ? 'crosses' : 'cross'} cleanly (${listInWords(clean)})`,
      );
  }
  const verdict = `This handoff is ${result.verdict.label.toLowerCase()} because ${listInWords(clauses)}.`;

  // Missing transfers in the result's order (biggest gap first), then the partly crossing ones in data order.
  const ordered = [
    ...result.missing.map((t) => result.transfers.find((s) => s.transfer.id === t.id)!),
    ...result.transfers.filter((t) => t.status === 'partial'),
  ];
  const transfers = ordered.map((t): TransferExplanation => ({
    transfer: t.transfer,
    status: t.status === 'missing' ? 'missing' : 'partial',
    text: `${t.status === 'missing' ? 'missing' : 'weak in places'}, because ${findings(t.weak)}.`,
  }));
  return { verdict, transfers };
}
