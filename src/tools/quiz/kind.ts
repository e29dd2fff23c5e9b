/**
 * How saved quiz results and the answers being picked are stored
 * (`handoff-handbook:v1:quiz:<id>`); loaded with the storage code after the island hydrates.
 */
import { parseOrThrow, type Kind } from '../../lib/persistence/kind';
import type { Doc } from '../../lib/persistence/lww';
import { live } from '../../lib/runs/run-set-items';
import { quizSchema, quizV1Schema } from '../../schemas/stored';
import { DEFAULT_ENGAGEMENT_ID } from '../../lib/engagements/default-id';
import type { QuizAnswers } from './score';
import type { QuizHistory, SavedResult } from './history';

/** The stored state: results (oldest first) and the answers picked but not yet scored. */
export interface QuizStored extends QuizHistory {
  draft: QuizAnswers;
}

export const blankAnswers = (): QuizAnswers => ({ boundary: '', answers: {} });
const resultKey = (r: SavedResult) => `${r.at}:${r.fragment}`.slice(0, 300);

export const quizKind: Kind<QuizStored> = {
  name: 'quiz',
  version: 3,
  schema: quizSchema,
  migrations: {
    1: (data): Doc => {
      const { results } = parseOrThrow(quizV1Schema, data);
      return { results: Object.fromEntries(results.map((r) => [resultKey(r), [r.at, r]])), draft: {} };
    },
    // Version 3: results taken before engagements existed belong to the default engagement.
    2: (data): Doc => {
      const doc = parseOrThrow(quizSchema, data) as Doc;
      const tag = ([k, [at, r]]: [string, [number, unknown]]) => [
        k,
        [at, r === null ? null : { ...(r as object), engagement: DEFAULT_ENGAGEMENT_ID }],
      ];
      return { ...doc, results: Object.fromEntries(Object.entries(doc.results ?? {}).map(tag)) };
    },
  },
  view: (doc) => ({
    results: live(doc, 'results')
      .map(([, v]) => v as SavedResult)
      .sort((a, b) => a.at - b.at),
    draft: (live(doc, 'draft').find(([k]) => k === '')?.[1] as QuizAnswers | undefined) ?? blankAnswers(),
  }),
  items: (state) => ({
    results: Object.fromEntries(state.results.map((r) => [resultKey(r), r])),
    draft: state.draft.boundary || Object.keys(state.draft.answers).length > 0 ? { '': state.draft } : {},
  }),
};
