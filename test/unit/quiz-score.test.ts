import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerOptions, questionIds, scoreQuiz, unanswered, type QuizResult } from '../../src/tools/quiz/score';
import { quizSchema } from '../../src/tools/quiz/schema';
import { explainResult, listInWords } from '../../src/tools/quiz/explain';
import { loadBoundaries, loadQuizzes } from '../support/content-files';

const quiz = loadQuizzes().find((q) => q.id === 'weak-handoff-quiz')!.data;
const ids = questionIds(quiz);
const byCode = new Map(quiz.answers.map((a) => [a.code, a.id]));

/**
 * Answers from a compact string, one code per question in quiz order (spaces ignored):
 * 4 warning signs · 5 parts · 3 edge cases. y = yes, s = sometimes, n = no.
 */
function answers(codes: string): Record<string, string> {
  const list = codes.replace(/\s/g, '');
  expect(list).toHaveLength(ids.length);
  return Object.fromEntries(ids.map((id, i) => [id, byCode.get(list[i]!)!]));
}

function score(codes: string, boundary = 'delivery-to-invoicing'): QuizResult {
  const outcome = scoreQuiz(quiz, { boundary, answers: answers(codes) });
  if (!outcome.ok) throw new Error(`unanswered: ${outcome.unanswered.join(', ')}`);
  return outcome.result;
}

const guide = 'workflows/invoice-and-payment-workflow-setup';
const worksheet = 'templates/project-start-readiness-and-handoff-boundary-worksheet';

describe('the quiz data', () => {
  it('asks the four warning signs, the five parts and the three edge cases', () => {
    expect(quiz.questionSets.map((s) => s.questions.length)).toEqual([4, 5]);
    expect(quiz.edgeCases.map((e) => e.id)).toEqual(['one-owner', 'waits-on-client', 'lives-in-chat']);
    expect(quiz.transfers.map((t) => t.id)).toEqual(['context', 'assets', 'next-owner']);
  });

  it('offers every lifecycle boundary, in lifecycle order, each with its own guide, plus another one, last', () => {
    const lifecycle = loadBoundaries();
    expect(quiz.boundaries.filter((b) => !b.other).map((b) => [b.id, b.guide])).toEqual(
      lifecycle.map((b) => [b.id, b.guide]),
    );
    expect(quiz.boundaries.map((b) => b.id)).toContain('onboarding-to-delivery');
    expect(quiz.boundaries.at(-1)?.other).toBe(true);
  });
});

describe('the answers say what they mean', () => {
  it('in every question set an answer labelled "Yes" is the healthy one: it scores nothing', () => {
    for (const set of quiz.questionSets) {
      const yes = answerOptions(quiz, set).filter((a) => /^yes\b/i.test(a.label));
      for (const a of yes) expect(set.points[a.id], `${set.id}: "${a.label}"`).toBe(0);
    }
  });

  it('asks the warning signs how often they happen, so no "Yes" ever marks a weakness', () => {
    const signals = quiz.questionSets.find((s) => s.id === 'signals')!;
    expect(answerOptions(quiz, signals).map((a) => a.label)).toEqual(['Often', 'Sometimes', 'Rarely or never']);
    expect(answerOptions(quiz, signals).map((a) => a.id)).toEqual(quiz.answers.map((a) => a.id));
    const parts = quiz.questionSets.find((s) => s.id === 'parts')!;
    expect(answerOptions(quiz, parts).map((a) => a.label)).toEqual(['Yes', 'Sometimes', 'No']);
  });

  it('keeps the scoring: "Often" to a warning sign and "No" to a part are the weak answers', () => {
    expect(score('yyyy yyyyy nnn').verdict.id).toBe('broken');
    expect(score('nnnn yyyyy nnn').verdict.id).toBe('complete');
  });

  it('refuses a label for an answer the quiz does not offer', () => {
    const bad = structuredClone(quiz);
    bad.questionSets[0]!.answerLabels = { often: 'Often' };
    const parsed = quizSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('\\"often\\" is not an answer id');
  });
});

/**
 * The transfer each question tests, written out by hand: the data must agree with this table,
 * and a weak answer to a question must move its own transfer and no other.
 */
const testedTransfer: Record<string, string> = {
  'opens-with-questions': 'context',
  'files-requested-late': 'assets',
  'billing-from-memory': 'next-owner',
  'context-retyped': 'context',
  outcome: 'context',
  inputs: 'context',
  'asset-links': 'assets',
  'next-owner': 'next-owner',
  'completion-event': 'next-owner',
};

describe('each question counts against the transfer it tests', () => {
  const scored = quiz.questionSets.flatMap((set) => set.questions.map((q) => ({ set, q })));
  /** The answer that scores nothing in a set: "no" to a warning sign, "yes" to a part. */
  const cleanAnswer = (set: (typeof quiz.questionSets)[number]) =>
    Object.keys(set.points).find((a) => set.points[a] === 0)!;
  const allClean = Object.fromEntries([
    ...scored.map(({ set, q }) => [q.id, cleanAnswer(set)]),
    ...quiz.edgeCases.map((e) => [e.id, 'no']),
  ]);

  it('the table covers every scored question', () => {
    expect(Object.keys(testedTransfer).sort()).toEqual(scored.map(({ q }) => q.id).sort());
  });

  const rows = scored.flatMap(({ set, q }) =>
    Object.entries(set.points)
      .filter(([, points]) => points > 0)
      .map(([answer]) => [q.id, answer, testedTransfer[q.id]!] as const),
  );
  it.each(rows)('%s answered %s moves %s and nothing else', (questionId, answer, transfer) => {
    expect(quiz.questionSets.flatMap((s) => s.questions).find((q) => q.id === questionId)?.transfer).toBe(transfer);
    const outcome = scoreQuiz(quiz, {
      boundary: 'delivery-to-invoicing',
      answers: { ...allClean, [questionId]: answer },
    });
    if (!outcome.ok) throw new Error('unanswered');
    const moved = outcome.result.transfers.filter((t) => t.points > 0);
    expect(moved.map((t) => t.transfer.id)).toEqual([transfer]);
    expect(moved[0]!.weak.map((w) => w.questionId)).toEqual([questionId]);
    expect(outcome.result.transfers.filter((t) => t.status !== 'clean').map((t) => t.transfer.id)).toEqual([transfer]);
  });

  it('scores "context retyped in several places" against context, not assets', () => {
    const result = score('nnny yyyyy nnn');
    expect(result.transfers.map((t) => [t.transfer.id, t.points])).toEqual([
      ['context', 2],
      ['assets', 0],
      ['next-owner', 0],
    ]);
  });
});

describe('scoreQuiz', () => {
  it.each([
    // codes             verdict     statuses: context, assets, next-owner   missing                  why
    ['nnnn yyyyy nnn', 'complete', ['clean', 'clean', 'clean'], [], 'every answer clean'],
    [
      'snnn ysyyy nnn',
      'complete',
      ['partial', 'clean', 'clean'],
      [],
      'two "sometimes" on one transfer: it crosses in part',
    ],
    ['nnnn yyyys nnn', 'complete', ['clean', 'clean', 'partial'], [], 'one sometimes is not a missing transfer'],
    ['snnn yssyy snn', 'weak', ['partial', 'partial', 'clean'], [], 'two transfers crossing only in part is weak'],
    [
      'nynn yyyyy nnn',
      'weak',
      ['clean', 'missing', 'clean'],
      ['assets'],
      'half the possible points makes a transfer missing',
    ],
    [
      'nnyn yyynn nnn',
      'weak',
      ['clean', 'clean', 'missing'],
      ['next-owner'],
      'the worked example on the quiz page: one transfer missing',
    ],
    ['ynnn nnyyy nnn', 'weak', ['missing', 'clean', 'clean'], ['context'], 'one missing transfer, the others clean'],
    [
      'yynn yynyy nnn',
      'weak',
      ['partial', 'missing', 'clean'],
      ['assets'],
      'one missing and one partly crossing transfer is still weak',
    ],
    [
      'yyny nnnyy nnn',
      'broken',
      ['missing', 'missing', 'clean'],
      ['context', 'assets'],
      'two missing transfers break the handoff; equal gaps keep data order',
    ],
    [
      'yyny synyy nnn',
      'broken',
      ['missing', 'missing', 'clean'],
      ['assets', 'context'],
      'the bigger gap is named first',
    ],
    [
      'ysss nnysy nnn',
      'broken',
      ['missing', 'partial', 'partial'],
      ['context'],
      'one missing transfer and no transfer clean',
    ],
    [
      'yyyy nnnnn yyy',
      'broken',
      ['missing', 'missing', 'missing'],
      ['context', 'assets', 'next-owner'],
      'everything missing',
    ],
  ] as const)('%s → %s, statuses %j, missing %j: %s', (codes, verdict, statuses, missing, _why) => {
    const result = score(codes);
    expect(result.verdict.id).toBe(verdict);
    expect(result.transfers.map((t) => t.status)).toEqual(statuses);
    expect(result.missing.map((t) => t.id)).toEqual(missing);
  });

  it('scores each transfer out of the points its own questions can score', () => {
    expect(score('nnyn yyynn nnn').transfers.map((t) => [t.transfer.id, t.points, t.maxPoints, t.missing])).toEqual([
      ['context', 0, 8, false],
      ['assets', 0, 4, false],
      ['next-owner', 6, 6, true],
    ]);
  });

  it.each([
    ['nnn', []],
    ['yyy', ['one-owner', 'waits-on-client', 'lives-in-chat']],
    ['snn', []],
    ['nss', ['waits-on-client', 'lives-in-chat']],
    ['ynn', ['one-owner']],
  ])('edge-case answers %s apply %j', (edge, expected) => {
    expect(score(`nnnn yyyyy ${edge}`).edgeCases.map((e) => e.id)).toEqual(expected);
  });

  describe('recommendations', () => {
    it('with nothing missing: the boundary guide, then the pages for a clean result', () => {
      expect(score('nnnn yyyyy nnn').recommendations).toEqual([guide, ...quiz.whenNothingMissing]);
    });

    it('with one missing transfer: the boundary guide, then that transfer’s pages', () => {
      expect(score('nnyn yyynn nnn').recommendations).toEqual([guide, 'glossary/next-action-owner', worksheet]);
    });

    it('never more than three, biggest gap first', () => {
      const recs = score('yyny synyy nnn').recommendations;
      expect(recs).toEqual([guide, 'templates/client-input-dependency-worksheet', 'glossary/client-dependency']);
    });

    it('never lists a page twice, and starts with each boundary’s own guide', () => {
      for (const boundary of quiz.boundaries) {
        const recs = score('ynnn nnyyy nnn', boundary.id).recommendations;
        expect(recs[0]).toBe(boundary.guide);
        expect(new Set(recs).size).toBe(recs.length);
        expect(recs.length).toBeGreaterThanOrEqual(1);
        expect(recs.length).toBeLessThanOrEqual(3);
      }
      // The catch-all boundary's guide is the worksheet, which the context transfer also names.
      expect(score('ynnn nnyyy nnn', 'another').recommendations).toEqual([worksheet]);
    });
  });

  describe('incomplete answers', () => {
    it('lists what is unanswered instead of scoring', () => {
      const partial = answers('nnnn yyyyy nnn');
      delete partial['outcome'];
      partial['inputs'] = 'maybe';
      expect(scoreQuiz(quiz, { boundary: 'delivery-to-invoicing', answers: partial })).toEqual({
        ok: false,
        unanswered: ['outcome', 'inputs'],
      });
    });

    it('asks for the boundary when none or an unknown one is picked', () => {
      expect(unanswered(quiz, { boundary: '', answers: answers('nnnn yyyyy nnn') })).toEqual(['boundary']);
      expect(scoreQuiz(quiz, { boundary: 'nowhere', answers: answers('nnnn yyyyy nnn') }).ok).toBe(false);
    });
  });
});

describe('explainResult: the verdict in words, not points', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('lists %j as %j', (items, text) => {
    expect(listInWords(items)).toBe(text);
  });

  it('says a clean handoff is complete because every transfer crosses', () => {
    expect(explainResult(score('nnnn yyyyy nnn'))).toEqual({
      verdict:
        'This handoff is complete because no answer points to a gap, so context, assets and next-action owner all cross cleanly.',
      transfers: [],
    });
  });

  it('names the missing transfer and the answers behind it (the worked example on the quiz page)', () => {
    expect(explainResult(score('nnyn yyynn nnn'))).toMatchObject({
      verdict:
        'This handoff is weak because one transfer is missing (next-action owner) and two cross cleanly (context and assets).',
      transfers: [
        {
          status: 'missing',
          text: 'missing, because billing or follow-up waits until you happen to remember it; no single named person holds the next action; and nobody agrees beforehand which event marks the next stage as done.',
        },
      ],
    });
  });

  it('qualifies a "sometimes" answer, and puts the biggest gap first', () => {
    const explained = explainResult(score('ysss nnysy nnn'));
    expect(explained.verdict).toBe(
      'This handoff is broken because one transfer is missing (context) and two cross only in part (assets and next-action owner).',
    );
    expect(explained.transfers.map((t) => [t.transfer.id, t.status])).toEqual([
      ['context', 'missing'],
      ['assets', 'partial'],
      ['next-owner', 'partial'],
    ]);
    expect(explained.transfers[1]!.text).toBe(
      'weak in places, because sometimes files or approvals are chased after the work should already have begun.',
    );
    expect(explained.transfers[2]!.text).toBe(
      'weak in places, because sometimes billing or follow-up waits until you happen to remember it and sometimes no single named person holds the next action.',
    );
  });

  it('never mentions points, for any set of answers', () => {
    const anyAnswers = fc
      .tuple(...ids.map(() => fc.constantFrom(...quiz.answers.map((a) => a.code))))
      .map((codes) => codes.join(''));
    fc.assert(
      fc.property(anyAnswers, (codes) => {
        const result = score(codes);
        const explained = explainResult(result);
        const text = [explained.verdict, ...explained.transfers.map((t) => t.text)].join(' ');
        expect(text).not.toMatch(/\bpoints?\b|\d/);
        expect(explained.verdict.startsWith(`This handoff is ${result.verdict.label.toLowerCase()} because `)).toBe(
          true,
        );
        // Every transfer with a weak answer is explained, and only those.
        expect(explained.transfers.map((t) => t.transfer.id).sort()).toEqual(
          result.transfers
            .filter((t) => t.status !== 'clean')
            .map((t) => t.transfer.id)
            .sort(),
        );
      }),
    );
  });
});
