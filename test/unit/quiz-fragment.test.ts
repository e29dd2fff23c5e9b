import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResultFragment, encodeResultFragment } from '../../src/tools/quiz/fragment';
import { questionIds, scoreQuiz, type QuizAnswers } from '../../src/tools/quiz/score';
import { loadQuizzes } from '../support/content-files';

const quiz = loadQuizzes().find((q) => q.id === 'weak-handoff-quiz')!.data;
const ids = questionIds(quiz);

const validAnswers: fc.Arbitrary<QuizAnswers> = fc.record({
  boundary: fc.constantFrom(...quiz.boundaries.map((b) => b.id)),
  answers: fc
    .tuple(...ids.map(() => fc.constantFrom(...quiz.answers.map((a) => a.id))))
    .map((list) => Object.fromEntries(ids.map((id, i) => [id, list[i]!]))),
});

describe('the result fragment', () => {
  it('round-trips every complete set of answers', () => {
    fc.assert(
      fc.property(validAnswers, (input) => {
        const fragment = encodeResultFragment(quiz, input);
        expect(decodeResultFragment(quiz, `#${fragment}`)).toEqual({ kind: 'answers', answers: input });
      }),
    );
  });

  it('looks like result=<version>.<boundary>.<codes>', () => {
    const input = { boundary: 'delivery-to-invoicing', answers: Object.fromEntries(ids.map((id) => [id, 'no'])) };
    expect(encodeResultFragment(quiz, input)).toBe(
      `result=${quiz.version}.delivery-to-invoicing.${'n'.repeat(ids.length)}`,
    );
  });

  it('still reads a result link made before the quiz offered onboarding to delivery', () => {
    // Made by the first edition of the quiz: the same questions in the same order, so it decodes as it was.
    const decoded = decodeResultFragment(quiz, '#result=1.delivery-to-invoicing.nnynyyynnnnn');
    expect(decoded.kind).toBe('answers');
    if (decoded.kind === 'answers') {
      expect(decoded.answers.boundary).toBe('delivery-to-invoicing');
      expect(decoded.answers.answers).toMatchObject({
        'billing-from-memory': 'yes',
        'next-owner': 'no',
        'completion-event': 'no',
        'context-retyped': 'no',
      });
    }
  });

  it('reads a link for the onboarding to delivery boundary', () => {
    const input = {
      boundary: 'onboarding-to-delivery',
      answers: Object.fromEntries(ids.map((id) => [id, 'sometimes'])),
    };
    expect(decodeResultFragment(quiz, `#${encodeResultFragment(quiz, input)}`)).toEqual({
      kind: 'answers',
      answers: input,
    });
  });

  it.each([
    ['', 'none'],
    ['#', 'none'],
    ['#main-content', 'none'],
    ['#results', 'none'],
  ])('treats %j as no result link', (fragment, kind) => {
    expect(decodeResultFragment(quiz, fragment).kind).toBe(kind);
  });

  const good = `${quiz.version}.delivery-to-invoicing.${'y'.repeat(ids.length)}`;
  it.each([
    ['no parts', 'result=', /three parts/],
    ['too many parts', `result=${good}.x`, /three parts/],
    [
      'another version',
      `result=${quiz.version + 1}.delivery-to-invoicing.${'y'.repeat(ids.length)}`,
      /different version/,
    ],
    ['an unknown boundary', `result=${quiz.version}.moon-to-mars.${'y'.repeat(ids.length)}`, /boundary/],
    ['too few answers', `result=${quiz.version}.delivery-to-invoicing.yy`, /2 answers where the quiz has 12/],
    [
      'an unknown answer code',
      `result=${quiz.version}.delivery-to-invoicing.${'y'.repeat(ids.length - 1)}x`,
      /answer 12 is not one/,
    ],
    ['percent-encoded junk', `result=%E0%A4%A.%%.%`, /cannot be read/],
  ])('rejects %s with a clear message', (_, fragment, message) => {
    const decoded = decodeResultFragment(quiz, `#${fragment}`);
    expect(decoded.kind).toBe('invalid');
    if (decoded.kind === 'invalid') {
      expect(decoded.message).toMatch(message);
      expect(decoded.message).toMatch(/^This result link cannot be read/);
    }
  });

  it('never throws, and whatever it accepts scores cleanly', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.string().map((s) => `#result=${s}`),
      fc.tuple(fc.string(), fc.string(), fc.string()).map((parts) => `result=${parts.join('.')}`),
      fc
        .tuple(fc.constantFrom(...quiz.boundaries.map((b) => b.id)), fc.stringMatching(/^[a-z]{0,14}$/))
        .map(([b, c]) => `result=${quiz.version}.${b}.${c}`),
      fc.anything(),
    );
    fc.assert(
      fc.property(anything, (fragment) => {
        const decoded = decodeResultFragment(quiz, fragment);
        expect(['none', 'answers', 'invalid']).toContain(decoded.kind);
        if (decoded.kind === 'answers') expect(scoreQuiz(quiz, decoded.answers).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
