import type { Quiz } from './schema';

/** Every page a quiz result can link to, once each, so the page can pass just their titles to the island. */
export function quizPageIds(quiz: Quiz): string[] {
  return [
    ...new Set([
      ...quiz.boundaries.map((b) => b.guide),
      ...quiz.transfers.flatMap((t) => t.pages),
      ...quiz.edgeCases.map((e) => e.page),
      ...quiz.whenNothingMissing,
    ]),
  ];
}
