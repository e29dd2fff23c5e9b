import { describe, expect, it } from 'vitest';
import { questionIds, scoreQuiz, unanswered, type QuizResult } from '../../src/lib/quiz/score';
import { loadQuizzes } from '../support/content-files';

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

  it('offers the four boundaries of the brief plus another one, last', () => {
    expect(quiz.boundaries.map((b) => b.id)).toEqual([
      'intake-to-proposal',
      'proposal-to-onboarding',
      'delivery-to-invoicing',
      'delivery-to-offboarding',
      'another',
    ]);
    expect(quiz.boundaries.at(-1)?.other).toBe(true);
  });
});

describe('scoreQuiz', () => {
  it.each([
    // codes                        verdict     points  missing                    why
    ['nnnn yyyyy nnn', 'complete', 0, [], 'every answer clean'],
    ['snnn ysyyy nnn', 'complete', 2, [], 'two "sometimes" stay within the complete limit'],
    ['snnn yssyy snn', 'weak', 3, [], 'three points with nothing missing is weak'],
    ['ynnn syyyy nnn', 'weak', 3, ['context'], 'half the possible points makes a transfer missing'],
    ['nnyn yyynn nnn', 'weak', 6, ['next-owner'], 'the worked example on the quiz page: one transfer missing'],
    ['nnnn yyyys nnn', 'complete', 1, [], 'one sometimes is not a missing transfer'],
    ['yyny nnnyy nnn', 'broken', 12, ['context', 'assets'], 'two missing transfers break the handoff; equal gaps keep data order'],
    ['yyny synyy nnn', 'broken', 9, ['assets', 'context'], 'the bigger gap is named first'],
    ['ysss nnysy nnn', 'broken', 10, ['context'], 'one missing transfer, but past the weak limit in points'],
    ['yyyy nnnnn yyy', 'broken', 18, ['context', 'assets', 'next-owner'], 'everything missing'],
  ] as const)('%s → %s (%s points), missing %j: %s', (codes, verdict, points, missing, _why) => {
    const result = score(codes);
    expect(result.verdict.id).toBe(verdict);
    expect(result.points).toBe(points);
    expect(result.maxPoints).toBe(18);
    expect(result.missing.map((t) => t.id)).toEqual(missing);
  });

  it('scores each transfer out of six', () => {
    expect(score('nnyn yyynn nnn').transfers.map((t) => [t.transfer.id, t.points, t.maxPoints, t.missing])).toEqual([
      ['context', 0, 6, false],
      ['assets', 0, 6, false],
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
      expect(scoreQuiz(quiz, { boundary: 'delivery-to-invoicing', answers: partial })).toEqual({ ok: false, unanswered: ['outcome', 'inputs'] });
    });

    it('asks for the boundary when none or an unknown one is picked', () => {
      expect(unanswered(quiz, { boundary: '', answers: answers('nnnn yyyyy nnn') })).toEqual(['boundary']);
      expect(scoreQuiz(quiz, { boundary: 'nowhere', answers: answers('nnnn yyyyy nnn') }).ok).toBe(false);
    });
  });
});
