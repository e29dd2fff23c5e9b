/** How saved quiz results are stored; the island loads it with the persistence layer after hydration. */
import { arrayOf, isNumber, isString, shape, validator, type Kind } from '../persistence';
import type { QuizHistory } from './history';

export const quizHistoryKind: Kind<QuizHistory> = {
  name: 'quiz',
  version: 1,
  schema: validator<QuizHistory>(shape({ results: arrayOf(shape({ at: isNumber, fragment: isString })) })),
  empty: () => ({ results: [] }),
};
