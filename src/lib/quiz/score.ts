/**
 * Scores one run of the weak-handoff quiz against its data. Pure: the scoring table, the
 * questions and the pages all come from the quiz content; nothing here knows their wording.
 */
import type { EdgeCase, Quiz, QuizVerdict, Transfer } from '../../schemas/quiz';

/** A reader's answers: the boundary they picked and an answer id per question id. */
export interface QuizAnswers {
  boundary: string;
  answers: Record<string, string>;
}

export interface TransferScore {
  transfer: Transfer;
  points: number;
  maxPoints: number;
  missing: boolean;
}

export interface QuizResult {
  boundary: Quiz['boundaries'][number];
  verdict: QuizVerdict;
  points: number;
  maxPoints: number;
  /** Every transfer with its score, in data order. */
  transfers: TransferScore[];
  /** The missing transfers, biggest gap first; equal gaps keep data order. */
  missing: Transfer[];
  edgeCases: EdgeCase[];
  /** One to three page ids, the boundary's guide first. */
  recommendations: string[];
}

export type ScoreOutcome = { ok: true; result: QuizResult } | { ok: false; unanswered: string[] };

/** Every question id, scored sets first then edge cases: the order a result link stores answers in. */
export function questionIds(quiz: Quiz): string[] {
  return [...quiz.questionSets.flatMap((s) => s.questions.map((q) => q.id)), ...quiz.edgeCases.map((e) => e.id)];
}

/** The questions still without a valid answer, plus `boundary` when no known boundary is picked. */
export function unanswered(quiz: Quiz, input: QuizAnswers): string[] {
  const answerIds = new Set(quiz.answers.map((a) => a.id));
  const open = questionIds(quiz).filter((id) => !answerIds.has(input.answers[id] ?? ''));
  return quiz.boundaries.some((b) => b.id === input.boundary) ? open : ['boundary', ...open];
}

export function scoreQuiz(quiz: Quiz, input: QuizAnswers): ScoreOutcome {
  const open = unanswered(quiz, input);
  const boundary = quiz.boundaries.find((b) => b.id === input.boundary);
  if (open.length > 0 || !boundary) return { ok: false, unanswered: open };

  const transfers: TransferScore[] = quiz.transfers.map((transfer) => {
    const questions = quiz.questionSets.flatMap((set) => set.questions.filter((q) => q.transfer === transfer.id).map((q) => ({ set, q })));
    const points = questions.reduce((n, { set, q }) => n + (set.points[input.answers[q.id]!] ?? 0), 0);
    const maxPoints = questions.reduce((n, { set }) => n + Math.max(...Object.values(set.points)), 0);
    return { transfer, points, maxPoints, missing: maxPoints > 0 && points / maxPoints >= quiz.missingShare };
  });
  const points = transfers.reduce((n, t) => n + t.points, 0);
  const maxPoints = transfers.reduce((n, t) => n + t.maxPoints, 0);
  const missing = transfers
    .map((t, order) => ({ ...t, order }))
    .filter((t) => t.missing)
    // Biggest share first; Array.sort is stable, so equal shares keep the data's order.
    .sort((a, b) => b.points / b.maxPoints - a.points / a.maxPoints)
    .map((t) => t.transfer);
  const verdict =
    quiz.verdicts.find(
      (v) => (v.maxPoints === undefined || points <= v.maxPoints) && (v.maxMissingTransfers === undefined || missing.length <= v.maxMissingTransfers),
    ) ?? quiz.verdicts.at(-1)!;
  const edgeCases = quiz.edgeCases.filter((e) => e.appliesWhen.includes(input.answers[e.id]!));
  const candidates = [boundary.guide, ...(missing.length > 0 ? missing.flatMap((t) => t.pages) : quiz.whenNothingMissing)];
  const recommendations = [...new Set(candidates)].slice(0, quiz.maxRecommendations);

  return { ok: true, result: { boundary, verdict, points, maxPoints, transfers, missing, edgeCases, recommendations } };
}
