/** The quiz's part in the workspace: the latest verdict per boundary, per engagement it was taken for. */
import type { Gathered, WorkspacePart } from '../../lib/engagements/part';
import { quizEvidence } from '../../lib/engagements/evidence';
import { DEFAULT_ENGAGEMENT_ID } from '../../lib/engagements/default-id';
import type { Quiz } from './schema';
import { readHistory, type SavedResult } from './history';
import { quizKind, type QuizStored } from './kind';
import weakHandoffQuiz from '../../../content/quizzes/weak-handoff-quiz.json';

const owner = (engagement: string | undefined) => engagement ?? DEFAULT_ENGAGEMENT_ID;

/** The part over the quiz `quiz`, stored under its id. */
export function quizPartOf(quiz: Quiz, slot: string): WorkspacePart<QuizStored> {
  return {
    key: 'quiz',
    slots: [
      {
        slot,
        name: 'quiz',
        kind: quizKind,
        empty: { results: [], draft: { boundary: '', answers: {} } },
        put: (_s, v) => v as QuizStored,
        without: (state: QuizStored, id: string): QuizStored => ({
          ...state,
          results: state.results.filter((r) => owner(r.engagement) !== id),
        }),
      },
    ],
    found: (state) => (state?.results ?? []).map((r) => ({ id: owner(r.engagement) })),
    gather(state, { pages, at }) {
      // Each read result keeps the engagement it was saved for.
      const byEngagement = new Map<string, ReturnType<typeof readHistory>['results']>();
      for (const r of readHistory(quiz, { results: [...(state?.results ?? [])] }).results) {
        const e = owner((r as SavedResult).engagement);
        byEngagement.set(e, [...(byEngagement.get(e) ?? []), r]);
      }
      const out: Gathered[] = [];
      for (const [e, results] of byEngagement) {
        for (const boundary of new Set(results.map((r) => r.result.boundary.id))) {
          const verdict = quizEvidence(results, boundary);
          if (verdict)
            out.push({
              engagement: e,
              boundary,
              evidence: { quiz: verdict },
              run: { label: `Quiz result: ${verdict.verdict}`, href: at(pages.quiz, e) },
            });
        }
      }
      return out;
    },
    count: (state, id) => [
      { tool: 'quiz results', count: (state?.results ?? []).filter((r) => owner(r.engagement) === id).length },
    ],
  };
}

export const part = quizPartOf(weakHandoffQuiz as unknown as Quiz, 'weak-handoff-quiz');
