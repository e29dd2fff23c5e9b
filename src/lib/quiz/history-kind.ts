/**
 * How saved quiz results are stored. Kept apart from the pure history logic because the schema
 * pulls in zod: the island loads this module, with the persistence layer, only after it has hydrated.
 */
import * as z from 'zod/mini';
import type { Kind } from '../persistence';
import type { QuizHistory } from './history';

export const quizHistoryKind: Kind<QuizHistory> = {
  name: 'quiz',
  version: 1,
  schema: z.object({ results: z.array(z.object({ at: z.number(), fragment: z.string() })) }),
  empty: () => ({ results: [] }),
};
