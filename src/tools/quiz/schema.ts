import { z } from 'astro/zod';
import { pageIdSchema, slugSchema } from '../../schemas/ids';

/** One of the three things a complete handoff moves across together. */
export const transferSchema = z.object({
  /** Stable id that questions point at, e.g. `context`. */
  id: slugSchema,
  /** The transfer's name as shown in a result, e.g. "Context". */
  name: z.string().min(1),
  /** What moves when this transfer works, in one sentence. */
  description: z.string().min(1),
  /** Pages that repair this transfer, best first; used when it is missing. */
  pages: z.array(pageIdSchema).min(1),
});

/** A boundary the reader can pick; its guide is the first recommended page. */
export const quizBoundarySchema = z.object({
  /** A boundary id from content/lifecycle/boundaries.json, or any id for the catch-all choice. */
  id: slugSchema,
  /** The choice as shown next to its radio button. */
  label: z.string().min(1),
  /** The page that runs this boundary; always recommended first. */
  guide: pageIdSchema,
  /** True for the "another boundary" choice, which names no lifecycle boundary. */
  other: z.boolean().default(false),
});

/** One answer a reader can give to every question, e.g. "Sometimes". */
export const answerOptionSchema = z.object({
  /** Stable id, also the value of the radio button. */
  id: slugSchema,
  /** The answer as shown next to its radio button. */
  label: z.string().min(1),
  /** One character that stands for this answer in a result link; unique among the options. */
  code: z.string().regex(/^[a-z0-9]$/),
});

/** A scored question: a warning signal or one of the five parts of a complete handoff. */
export const scoredQuestionSchema = z.object({
  /** Stable id, unique across the quiz. */
  id: slugSchema,
  /** The question as the legend of its radio group. */
  text: z.string().min(1),
  /** The one transfer this question tests: a weak answer counts against it and nothing else. */
  transfer: slugSchema,
  /**
   * What a weak answer says about the handoff, as a lower-case clause that reads after
   * "sometimes", e.g. "the same client context is retyped in several places". The result
   * builds its explanation from these clauses.
   */
  finding: z.string().regex(/^[a-z]/, 'start the finding in lower case: it is read inside a sentence'),
});

/** A group of scored questions that share one scoring rule. */
export const questionSetSchema = z.object({
  /** Stable id of the set, e.g. `signals`. */
  id: slugSchema,
  /** The set's heading. */
  title: z.string().min(1),
  /** One sentence telling the reader how to answer this set. */
  intro: z.string().min(1),
  /** Weakness points per answer id: a "yes" to a warning signal scores, a "no" to a part scores. */
  points: z.record(z.string(), z.number().int().min(0)),
  /**
   * The answers' labels in this set, by answer id, where the quiz-wide ones ("Yes", "No") would
   * mean a weakness in one set and health in another: e.g. "Often" and "Rarely or never" for
   * warning signs. Ids, codes and points stay the quiz's, so saved answers and result links keep
   * their meaning.
   */
  answerLabels: z.record(z.string(), z.string().min(1)).optional(),
  /** The questions, in the order they are asked. */
  questions: z.array(scoredQuestionSchema).min(1),
});

/** A situation that changes how a handoff must be run, flagged in the result when it applies. */
export const edgeCaseSchema = z.object({
  /** Stable id, unique across the quiz. */
  id: slugSchema,
  /** The question that detects it, as the legend of its radio group. */
  text: z.string().min(1),
  /** The answer ids that make the edge case apply. */
  appliesWhen: z.array(slugSchema).min(1),
  /** Its short name in the result, e.g. "Hidden handoff". */
  name: z.string().min(1),
  /** What to do about it, in one sentence. */
  advice: z.string().min(1),
  /** The page that explains how to handle it. */
  page: pageIdSchema,
});

/**
 * One row of the verdict table; the first row whose limits both hold is the verdict. The limits
 * count transfers, not points, so a result can say in words why it got its verdict.
 */
export const verdictSchema = z.object({
  /** Stable id: complete, weak or broken. */
  id: z.enum(['complete', 'weak', 'broken']),
  /** The verdict as shown in the result. */
  label: z.string().min(1),
  /** The most missing transfers this verdict allows; absent means no limit. */
  maxMissingTransfers: z.number().int().min(0).optional(),
  /** The most transfers with any weak answer (missing or partly crossing) this verdict allows; absent means no limit. */
  maxWeakTransfers: z.number().int().min(0).optional(),
  /** What the verdict means, in one or two sentences. */
  summary: z.string().min(1),
});

/** The weak-handoff quiz as data: questions, answers and the scoring table. */
export const quizSchema = z
  .object({
    /** Bump when questions or answers are added, removed or reordered, so old result links are rejected, not misread. */
    version: z.number().int().min(1),
    /** The quiz's heading. */
    title: z.string().min(1),
    /** The legend of the boundary choice. */
    boundaryQuestion: z.string().min(1),
    /** The boundaries a reader can pick: every lifecycle boundary in lifecycle order, the catch-all last. */
    boundaries: z.array(quizBoundarySchema).min(1),
    /** The answers offered for every question. */
    answers: z.array(answerOptionSchema).min(2),
    /** The three transfers, in the order ties between them are broken. */
    transfers: z.array(transferSchema).min(1),
    /** The scored question sets, asked in order. */
    questionSets: z.array(questionSetSchema).min(1),
    /** The heading above the edge-case questions. */
    edgeCaseTitle: z.string().min(1),
    /** The edge-case questions, asked after the scored sets. */
    edgeCases: z.array(edgeCaseSchema).min(1),
    /** A transfer is missing when its weak answers reach this share of the points its questions can score. */
    missingShare: z.number().gt(0).max(1),
    /** The verdict table, checked in order; the last row must have no limits. */
    verdicts: z.array(verdictSchema).min(1),
    /** Pages recommended after the boundary's guide when no transfer is missing. */
    whenNothingMissing: z.array(pageIdSchema).min(1),
    /** The most pages a result recommends, the boundary's guide included. */
    maxRecommendations: z.number().int().min(1).max(3),
  })
  .superRefine((quiz, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const answerIds = new Set(quiz.answers.map((a) => a.id));
    const transferIds = new Set(quiz.transfers.map((t) => t.id));
    const unique = (ids: string[], what: string, path: string) => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) issue([path], `${what} "${id}" is used twice`);
        seen.add(id);
      }
    };
    const idLists: [string[], string, string][] = [
      [quiz.answers.map((a) => a.id), 'answer id', 'answers'],
      [quiz.answers.map((a) => a.code), 'answer code', 'answers'],
      [quiz.boundaries.map((b) => b.id), 'boundary id', 'boundaries'],
      [quiz.transfers.map((t) => t.id), 'transfer id', 'transfers'],
      [
        [...quiz.questionSets.flatMap((s) => s.questions.map((q) => q.id)), ...quiz.edgeCases.map((e) => e.id)],
        'question id',
        'questionSets',
      ],
    ];
    for (const [ids, what, path] of idLists) unique(ids, what, path);
    quiz.questionSets.forEach((set, s) => {
      for (const id of answerIds)
        if (!(id in set.points)) issue(['questionSets', s, 'points'], `no points for answer "${id}"`);
      for (const id of Object.keys(set.points))
        if (!answerIds.has(id)) issue(['questionSets', s, 'points'], `"${id}" is not an answer id`);
      for (const id of Object.keys(set.answerLabels ?? {}))
        if (!answerIds.has(id)) issue(['questionSets', s, 'answerLabels'], `"${id}" is not an answer id`);
      set.questions.forEach((q, i) => {
        if (!transferIds.has(q.transfer))
          issue(['questionSets', s, 'questions', i, 'transfer'], `"${q.transfer}" is not a transfer id`);
      });
    });
    const tested = new Set(quiz.questionSets.flatMap((set) => set.questions.map((q) => q.transfer)));
    quiz.transfers.forEach((t, i) => {
      if (!tested.has(t.id)) issue(['transfers', i], `no question tests the transfer "${t.id}"`);
    });
    quiz.edgeCases.forEach((e, i) =>
      e.appliesWhen.forEach((a) => {
        if (!answerIds.has(a)) issue(['edgeCases', i, 'appliesWhen'], `"${a}" is not an answer id`);
      }),
    );
    const last = quiz.verdicts.at(-1);
    if (last && (last.maxMissingTransfers !== undefined || last.maxWeakTransfers !== undefined)) {
      issue(['verdicts'], 'the last verdict must have no limits, so every score gets a verdict');
    }
    if (quiz.boundaries.filter((b) => b.other).length > 1)
      issue(['boundaries'], 'only one boundary can be the catch-all');
  });

export type Quiz = z.infer<typeof quizSchema>;
export type QuizVerdict = z.infer<typeof verdictSchema>;
export type Transfer = z.infer<typeof transferSchema>;
export type EdgeCase = z.infer<typeof edgeCaseSchema>;
