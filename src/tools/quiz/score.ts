/**
 * Scores one run of the weak-handoff quiz against its data. Pure: the scoring table, the
 * questions and the pages all come from the quiz content; nothing here knows their wording.
 */
import type { EdgeCase, Quiz, QuizVerdict, Transfer } from './schema';

/** A reader's answers: the boundary they picked and an answer id per question id. */
export interface QuizAnswers {
  boundary: string;
  answers: Record<string, string>;
}

/** A weak answer to one question: what it says about the handoff, and whether it was only partly weak. */
export interface WeakAnswer {
  questionId: string;
  /** The question's finding, a lower-case clause from the data. */
  finding: string;
  /** The answer's label in lower case ("sometimes") when it scored less than a fully weak answer; absent otherwise. */
  qualifier?: string;
}

/** How far a transfer crosses the boundary: not at all, only partly, or cleanly. */
export type TransferStatus = 'missing' | 'partial' | 'clean';

export interface TransferScore {
  transfer: Transfer;
  points: number;
  maxPoints: number;
  missing: boolean;
  status: TransferStatus;
  /** The weak answers to the questions that test this transfer, in question order. */
  weak: WeakAnswer[];
}

export interface QuizResult {
  boundary: Quiz['boundaries'][number];
  verdict: QuizVerdict;
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

/** The answers a question set offers: the quiz's ids and codes, with the set's own labels where it has them. */
export function answerOptions(quiz: Quiz, set?: Quiz['questionSets'][number]): Quiz['answers'] {
  return quiz.answers.map((a) => ({ ...a, label: set?.answerLabels?.[a.id] ?? a.label }));
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

  // Each question counts against the one transfer it declares, and against nothing else.
  const transfers: TransferScore[] = quiz.transfers.map((transfer) => {
    const questions = quiz.questionSets.flatMap((set) =>
      set.questions.filter((q) => q.transfer === transfer.id).map((q) => ({ set, q })),
    );
    let points = 0;
    let maxPoints = 0;
    const weak: WeakAnswer[] = [];
    for (const { set, q } of questions) {
      const most = Math.max(...Object.values(set.points));
      const answer = input.answers[q.id]!;
      const scored = set.points[answer] ?? 0;
      points += scored;
      maxPoints += most;
      if (scored === 0) continue;
      const label = answerOptions(quiz, set)
        .find((a) => a.id === answer)!
        .label.toLowerCase();
      weak.push(
        scored < most
          ? { questionId: q.id, finding: q.finding, qualifier: label }
          : { questionId: q.id, finding: q.finding },
      );
    }
    const missing = maxPoints > 0 && points / maxPoints >= quiz.missingShare;
    const status: TransferStatus = missing ? 'missing' : points > 0 ? 'partial' : 'clean';
    return { transfer, points, maxPoints, missing, status, weak };
  });
  const weakCount = transfers.filter((t) => t.status !== 'clean').length;
  const missing = transfers
    .map((t, order) => ({ ...t, order }))
    .filter((t) => t.missing)
    // Biggest share first; Array.sort is stable, so equal shares keep the data's order.
    .sort((a, b) => b.points / b.maxPoints - a.points / a.maxPoints)
    .map((t) => t.transfer);
  const verdict =
    quiz.verdicts.find(
      (v) =>
        (v.maxMissingTransfers === undefined || missing.length <= v.maxMissingTransfers) &&
        (v.maxWeakTransfers === undefined || weakCount <= v.maxWeakTransfers),
    ) ?? quiz.verdicts.at(-1)!;
  const edgeCases = quiz.edgeCases.filter((e) => e.appliesWhen.includes(input.answers[e.id]!));
  const candidates = [
    boundary.guide,
    ...(missing.length > 0 ? missing.flatMap((t) => t.pages) : quiz.whenNothingMissing),
  ];
  const recommendations = [...new Set(candidates)].slice(0, quiz.maxRecommendations);

  return { ok: true, result: { boundary, verdict, transfers, missing, edgeCases, recommendations } };
}
