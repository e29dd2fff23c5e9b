/**
 * "Link to this result": the answers packed into the URL fragment as
 * `#result=<version>.<boundary>.<one answer code per question>`, e.g. `#result=1.delivery-to-invoicing.ynsnnyysy…`.
 * Nothing leaves the browser, and decoding checks every part against the quiz before use.
 */
import type { Quiz } from './schema';
import { questionIds, type QuizAnswers } from './score';

const prefix = 'result=';

export type DecodedFragment =
  /** The fragment is not a result link (empty, or an ordinary in-page anchor). */
  { kind: 'none' } | { kind: 'answers'; answers: QuizAnswers } | { kind: 'invalid'; message: string };

/** The fragment (without `#`) that reproduces these answers; assumes every question is answered. */
export function encodeResultFragment(quiz: Quiz, input: QuizAnswers): string {
  const codeOf = new Map(quiz.answers.map((a) => [a.id, a.code]));
  const codes = questionIds(quiz).map((id) => codeOf.get(input.answers[id] ?? '') ?? '');
  return `${prefix}${quiz.version}.${input.boundary}.${codes.join('')}`;
}

/** Reads a fragment, with or without its `#`. Never throws: anything it cannot validate is `invalid`. */
export function decodeResultFragment(quiz: Quiz, fragment: unknown): DecodedFragment {
  if (typeof fragment !== 'string') return { kind: 'none' };
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(prefix)) return { kind: 'none' };
  const parts = text.slice(prefix.length).split('.');
  if (parts.length !== 3) return invalid('it does not have the expected three parts.');
  const [version, boundary, codes] = parts as [string, string, string];
  if (version !== String(quiz.version)) return invalid('it was made with a different version of the quiz.');
  if (!quiz.boundaries.some((b) => b.id === boundary)) return invalid('it names a boundary the quiz does not know.');
  const ids = questionIds(quiz);
  if (codes.length !== ids.length)
    return invalid(`it holds ${codes.length} answers where the quiz has ${ids.length} questions.`);
  const answerOf = new Map(quiz.answers.map((a) => [a.code, a.id]));
  const answers: Record<string, string> = {};
  for (const [i, id] of ids.entries()) {
    const answer = answerOf.get(codes[i]!);
    if (!answer) return invalid(`answer ${i + 1} is not one the quiz offers.`);
    answers[id] = answer;
  }
  return { kind: 'answers', answers: { boundary, answers } };
}

function invalid(reason: string): DecodedFragment {
  return {
    kind: 'invalid',
    message: `This result link cannot be read: ${reason} Answer the questions below to get a fresh result.`,
  };
}
