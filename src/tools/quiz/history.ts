/**
 * Saved quiz results. Each is stored as its result-link fragment, so a saved result is checked
 * by the same decoder as a shared link, and a result from an older quiz is reported, not misread.
 */
import type { Quiz } from './schema';
import { decodeResultFragment } from './fragment';
import { scoreQuiz, type QuizResult } from './score';

export interface SavedResult {
  /** When it was saved, in ms since the epoch. */
  at: number;
  /** The result-link fragment, without `#`. */
  fragment: string;
  /** The engagement it was taken for. */
  engagement?: string | undefined;
}

export interface QuizHistory {
  results: SavedResult[];
}

/** Results kept per quiz; the oldest go first once there are more. */
export const KEEP_RESULTS = 50;

export function withResult(history: QuizHistory, saved: SavedResult): QuizHistory {
  return { results: [...history.results, saved].slice(-KEEP_RESULTS) };
}

export interface ReadResult {
  at: number;
  fragment: string;
  result: QuizResult;
}

/** Saved results that still score against this quiz, newest first, and how many no longer do. */
export function readHistory(quiz: Quiz, history: QuizHistory): { results: ReadResult[]; unreadable: number } {
  const results: ReadResult[] = [];
  let unreadable = 0;
  for (const saved of history.results) {
    const decoded = decodeResultFragment(quiz, saved.fragment);
    const scored = decoded.kind === 'answers' ? scoreQuiz(quiz, decoded.answers) : undefined;
    if (scored?.ok) results.push({ ...saved, result: scored.result });
    else unreadable++;
  }
  return { results: results.sort((a, b) => b.at - a.at), unreadable };
}

/** The earlier results for one boundary, newest first, leaving out the one on screen. */
export function earlierResults(
  results: ReadResult[],
  boundary: string,
  currentAt: number | undefined,
  limit = 5,
): ReadResult[] {
  return results.filter((r) => r.result.boundary.id === boundary && r.at !== currentAt).slice(0, limit);
}
